#pragma once

#include "core/repositories/CustomerRepositories.h"

#include <memory>

namespace ingot {

class SqliteConnection;
class SqliteTierHistoryRepository;
class SqliteCustomerArchiveRepository;
class SqliteTechnicianDutyRepository;
class SqliteServiceTaskRepository;
class SqliteSettingsRepository;

class SqliteCustomerRepositories final : public CustomerRepositories {
public:
    explicit SqliteCustomerRepositories(SqliteConnection& connection);
    ~SqliteCustomerRepositories() override;

    TierHistoryRepository& tierHistory() override;
    CustomerArchiveRepository& archive() override;
    TechnicianDutyRepository& duty() override;
    ServiceTaskRepository& tasks() override;
    SettingsRepository& settings() override;

private:
    std::unique_ptr<SqliteTierHistoryRepository> m_tierHistory;
    std::unique_ptr<SqliteCustomerArchiveRepository> m_archive;
    std::unique_ptr<SqliteTechnicianDutyRepository> m_duty;
    std::unique_ptr<SqliteServiceTaskRepository> m_tasks;
    std::unique_ptr<SqliteSettingsRepository> m_settings;
};

} // namespace ingot
