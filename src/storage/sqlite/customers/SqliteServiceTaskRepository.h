#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteServiceTaskRepository final : public ServiceTaskRepository {
public:
    explicit SqliteServiceTaskRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<bool> insertIfNew(ServiceTask& task) override;
    Result<QList<ServiceTask>> list(const ServiceTaskQuery& query) override;
    Result<ServiceTask> find(qint64 id) override;
    Status finish(qint64 id, ServiceTaskStatus status, qint64 at, const QString& note) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
