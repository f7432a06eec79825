#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqlConnection;

class SqlTechnicianDutyRepository final : public TechnicianDutyRepository {
public:
    explicit SqlTechnicianDutyRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QHash<QString, TechnicianDuty>> all() override;
    Status set(const QString& login, const TechnicianDuty& duty) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
