#pragma once

#include "core/repositories/KpiRepository.h"

#include <optional>

namespace ingot {

class SqlConnection;

// The monthly KPI reads, on SQLite and PostgreSQL alike. The cohort of a window (each ticket with its
// state as of `now`) is built once into a temporary table of the connection, and every aggregate
// reads that table, so the history is consulted once per ticket and only for tickets that changed
// after `now`.
class SqlKpiRepository final : public KpiRepository {
public:
    explicit SqlKpiRepository(SqlConnection& connection) : m_c(connection) {}
    ~SqlKpiRepository() override;

    Status read(const std::function<Status()>& work) override;
    Result<KpiCounts> totals(const KpiWindow& window) override;
    Result<QList<std::pair<QString, KpiCounts>>> byDimension(const KpiWindow& window, KpiDimension dimension) override;
    Result<std::optional<qint64>> responseSecondsAtRank(const KpiWindow& window, qint64 rank) override;
    Status forEachClockTicket(const KpiWindow& window, const std::function<void(const KpiClockTicket&)>& visit) override;
    Result<qint64> backlog(qint64 asOf) override;
    Result<KpiTargets> targets() override;

private:
    Status prepareCohort(const KpiWindow& window);
    Result<QList<std::pair<QString, KpiCounts>>> aggregate(const KpiWindow& window, const QString& keyColumn);
    void dropCohort();

    SqlConnection& m_c;
    std::optional<KpiWindow> m_cohort;  // the window whose cohort the temporary table holds
};

} // namespace ingot
