#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqliteConnection;

class SqliteTechnicianRepository final : public TechnicianRepository {
public:
    explicit SqliteTechnicianRepository(SqliteConnection& connection) : m_c(connection) {}
    Status upsert(Technician& technician) override;
    Result<Technician> findByLogin(const QString& login) override;
    Result<QList<Technician>> all() override;

private:
    SqliteConnection& m_c;
};

}  // namespace ingot
