#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteTechnicianDutyRepository final : public TechnicianDutyRepository {
public:
    explicit SqliteTechnicianDutyRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<QHash<QString, TechnicianDuty>> all() override;
    Status set(const QString& login, const TechnicianDuty& duty) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
