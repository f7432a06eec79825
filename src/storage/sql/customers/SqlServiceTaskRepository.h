#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqlConnection;

class SqlServiceTaskRepository final : public ServiceTaskRepository {
public:
    explicit SqlServiceTaskRepository(SqlConnection& connection) : m_c(connection) {}
    Result<bool> insertIfNew(ServiceTask& task) override;
    Result<QList<ServiceTask>> list(const ServiceTaskQuery& query) override;
    Result<ServiceTask> find(qint64 id) override;
    Status finish(qint64 id, ServiceTaskStatus status, qint64 at, const QString& note) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
