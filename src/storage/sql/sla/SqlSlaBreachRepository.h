#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqlConnection;

class SqlSlaBreachRepository final : public SlaBreachRepository {
public:
    explicit SqlSlaBreachRepository(SqlConnection& connection) : m_c(connection) {}
    Result<bool> insert(SlaBreach& breach) override;
    Status setOverrun(qint64 ticketId, SlaMetric metric, qint64 overrunSeconds) override;
    Result<QList<SlaBreach>> forTicket(qint64 ticketId) override;
    Result<QHash<qint64, QList<SlaBreach>>> forTickets(const QList<qint64>& ticketIds) override;
    Result<qint64> count() override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
