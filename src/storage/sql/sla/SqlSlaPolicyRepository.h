#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqlConnection;

class SqlSlaPolicyRepository final : public SlaPolicyRepository {
public:
    explicit SqlSlaPolicyRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QList<SlaPolicy>> all() override;
    Status insert(SlaPolicy& policy, qint64 createdAt, const QString& createdBy) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
