#include "storage/sqlite/customers/SqliteCustomerRepositories.h"

#include "storage/sqlite/customers/SqliteCustomerArchiveRepository.h"
#include "storage/sqlite/customers/SqliteServiceTaskRepository.h"
#include "storage/sqlite/customers/SqliteSettingsRepository.h"
#include "storage/sqlite/customers/SqliteTechnicianDutyRepository.h"
#include "storage/sqlite/customers/SqliteTierHistoryRepository.h"

namespace ingot {

SqliteCustomerRepositories::SqliteCustomerRepositories(SqliteConnection& c)
    : m_tierHistory(std::make_unique<SqliteTierHistoryRepository>(c)),
      m_archive(std::make_unique<SqliteCustomerArchiveRepository>(c)),
      m_duty(std::make_unique<SqliteTechnicianDutyRepository>(c)),
      m_tasks(std::make_unique<SqliteServiceTaskRepository>(c)),
      m_settings(std::make_unique<SqliteSettingsRepository>(c))
{}

SqliteCustomerRepositories::~SqliteCustomerRepositories() = default;

TierHistoryRepository& SqliteCustomerRepositories::tierHistory()
{
    return *m_tierHistory;
}
CustomerArchiveRepository& SqliteCustomerRepositories::archive()
{
    return *m_archive;
}
TechnicianDutyRepository& SqliteCustomerRepositories::duty()
{
    return *m_duty;
}
ServiceTaskRepository& SqliteCustomerRepositories::tasks()
{
    return *m_tasks;
}
SettingsRepository& SqliteCustomerRepositories::settings()
{
    return *m_settings;
}

} // namespace ingot
