#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqlConnection;

class SqlTechnicianRepository final : public TechnicianRepository {
public:
    explicit SqlTechnicianRepository(SqlConnection& connection) : m_c(connection) {}
    Status upsert(Technician& technician) override;
    Result<Technician> findByLogin(const QString& login) override;
    Result<QList<Technician>> all() override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
