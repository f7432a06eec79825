#include "storage/sql/customers/SqlCustomerRepositories.h"

#include "storage/sql/customers/SqlCustomerArchiveRepository.h"
#include "storage/sql/customers/SqlServiceTaskRepository.h"
#include "storage/sql/customers/SqlSettingsRepository.h"
#include "storage/sql/customers/SqlTechnicianDutyRepository.h"
#include "storage/sql/customers/SqlTierHistoryRepository.h"

namespace ingot {

SqlCustomerRepositories::SqlCustomerRepositories(SqlConnection& c)
    : m_tierHistory(std::make_unique<SqlTierHistoryRepository>(c)),
      m_archive(std::make_unique<SqlCustomerArchiveRepository>(c)),
      m_duty(std::make_unique<SqlTechnicianDutyRepository>(c)),
      m_tasks(std::make_unique<SqlServiceTaskRepository>(c)),
      m_settings(std::make_unique<SqlSettingsRepository>(c))
{}

SqlCustomerRepositories::~SqlCustomerRepositories() = default;

TierHistoryRepository& SqlCustomerRepositories::tierHistory()
{
    return *m_tierHistory;
}
CustomerArchiveRepository& SqlCustomerRepositories::archive()
{
    return *m_archive;
}
TechnicianDutyRepository& SqlCustomerRepositories::duty()
{
    return *m_duty;
}
ServiceTaskRepository& SqlCustomerRepositories::tasks()
{
    return *m_tasks;
}
SettingsRepository& SqlCustomerRepositories::settings()
{
    return *m_settings;
}

} // namespace ingot
