#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class PostgresConnection;

class PostgresTechnicianRepository final : public TechnicianRepository {
public:
    explicit PostgresTechnicianRepository(PostgresConnection& connection) : m_c(connection) {}
    Status upsert(Technician& technician) override;
    Result<Technician> findByLogin(const QString& login) override;
    Result<QList<Technician>> all() override;

private:
    PostgresConnection& m_c;
};

}  // namespace ingot
