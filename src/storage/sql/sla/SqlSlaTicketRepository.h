#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqlConnection;

class SqlSlaTicketRepository final : public SlaTicketRepository {
public:
    explicit SqlSlaTicketRepository(SqlConnection& connection) : m_c(connection) {}
    Result<std::vector<qint64>> sweepCandidates() override;
    Result<QList<SlaTicket>> load(const QList<qint64>& ids) override;
    Result<SlaTicket> find(qint64 ticketId) override;
    Result<QHash<qint64, QList<TicketEvent>>> clockEvents(const QList<qint64>& ids) override;
    Status storeEvaluated(qint64 firstId, qint64 lastId, qint64 policyId) override;
    Result<QList<SlaTicket>> turnedBetween(const SlaNoticeScope& scope, qint64 from, qint64 to, int limit) override;
    Status store(qint64 ticketId, qint64 policyId, std::optional<qint64> nextDueAt, std::optional<qint64> nextAtRiskAt,
                 std::optional<int> evaluatedVersion) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
