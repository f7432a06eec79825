#pragma once

#include "core/repositories/CustomerRepositories.h"

#include <memory>

namespace ingot {

class SqlConnection;
class SqlTierHistoryRepository;
class SqlCustomerArchiveRepository;
class SqlTechnicianDutyRepository;
class SqlServiceTaskRepository;
class SqlSettingsRepository;

class SqlCustomerRepositories final : public CustomerRepositories {
public:
    explicit SqlCustomerRepositories(SqlConnection& connection);
    ~SqlCustomerRepositories() override;

    TierHistoryRepository& tierHistory() override;
    CustomerArchiveRepository& archive() override;
    TechnicianDutyRepository& duty() override;
    ServiceTaskRepository& tasks() override;
    SettingsRepository& settings() override;

private:
    std::unique_ptr<SqlTierHistoryRepository> m_tierHistory;
    std::unique_ptr<SqlCustomerArchiveRepository> m_archive;
    std::unique_ptr<SqlTechnicianDutyRepository> m_duty;
    std::unique_ptr<SqlServiceTaskRepository> m_tasks;
    std::unique_ptr<SqlSettingsRepository> m_settings;
};

} // namespace ingot
