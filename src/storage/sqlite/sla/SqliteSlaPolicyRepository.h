#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteSlaPolicyRepository final : public SlaPolicyRepository {
public:
    explicit SqliteSlaPolicyRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<QList<SlaPolicy>> all() override;
    Status insert(SlaPolicy& policy, qint64 createdAt, const QString& createdBy) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
