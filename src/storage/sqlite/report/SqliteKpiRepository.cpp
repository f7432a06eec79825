#include "storage/sqlite/report/SqliteKpiRepository.h"

#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The actions that move the resolution clock (SlaClock). A cancel also stops the clocks, but a
// ticket cancelled as of now is not in the cohort, so its cancel never reaches them.
const QString kResolutionActions = QStringLiteral("'wait', 'resume', 'resolve', 'reopen'");
// The actions that count as the first response (sla-kpi-spec.md, Clocks).
const QString kResponseActions = QStringLiteral("'respond', 'assess', 'plan', 'start', 'wait', 'resolve'");
// Stages in which the resolution clock has stopped, and stages of unresolved tickets.
const QString kResolvedStages = QStringLiteral("'resolved', 'feedback', 'surveyed', 'closed'");
const QString kOpenStages = QStringLiteral("'reported', 'assessed', 'planned', 'in_progress', 'waiting_customer'");

// A ticket whose last event is at or before `now` is "settled": the state stored with the row is
// its state as of now, read without the history. Only tickets that changed after `now` (a report
// for a past instant) look their state up in ticket_events, through ticket_events_ticket, newest
// first. The CASE branches are evaluated lazily, so settled tickets never run the subqueries.
QString cohortSql()
{
    const QString settled = QStringLiteral("t.last_event_at <= :now");
    const QString events = QStringLiteral("FROM ticket_events e WHERE e.ticket_id = t.id AND e.at <= :now AND ");
    return QStringLiteral(
               "INSERT INTO temp.kpi_cohort (id, tier, region, category, priority, reported_at, policy_id, "
               "order_value_fen, assignee, first_response_at, resolved, last_resolved_at, reopens, survey_score) "
               "SELECT t.id, t.tier, t.region, t.category, t.priority, t.reported_at, t.sla_policy_id, o.value_fen, "
               "CASE WHEN %1 THEN t.assignee ELSE ifnull((SELECT trim(e.value) %2 e.action = 'dispatch' "
               "  ORDER BY e.id DESC LIMIT 1), '') END, "
               "CASE WHEN %1 THEN t.first_response_at ELSE (SELECT min(e.at) %2 e.action IN (%3)) END, "
               "CASE WHEN %1 THEN t.stage IN (%4) ELSE ifnull((SELECT e.action = 'resolve' %2 "
               "  e.action IN ('resolve', 'reopen') ORDER BY e.id DESC LIMIT 1), 0) END, "
               "CASE WHEN %1 THEN t.last_resolved_at ELSE (SELECT max(e.at) %2 e.action = 'resolve') END, "
               "CASE WHEN %1 THEN t.reopen_count ELSE (SELECT count(*) %2 e.action = 'reopen') END, "
               "CASE WHEN %1 THEN t.survey_score ELSE (SELECT CAST(trim(e.value) AS INTEGER) %2 e.action = 'survey' "
               "  ORDER BY e.id DESC LIMIT 1) END "
               "FROM tickets t LEFT JOIN orders o ON o.id = t.order_id "
               "WHERE t.reported_at >= :lo AND t.reported_at < :hi AND t.reported_at <= :now "
               "AND NOT (CASE WHEN %1 THEN t.stage = 'cancelled' ELSE EXISTS (SELECT 1 %2 e.action = 'cancel') END)")
        .arg(settled, events, kResponseActions, kResolvedStages);
}

KpiCounts countsFrom(const QSqlQuery& q, int first)
{
    KpiCounts c;
    c.reported = q.value(first).toLongLong();
    c.responded = q.value(first + 1).toLongLong();
    c.responseSeconds = q.value(first + 2).toLongLong();
    c.resolved = q.value(first + 3).toLongLong();
    c.resolutionSeconds = q.value(first + 4).toLongLong();
    c.resolvedNeverReopened = q.value(first + 5).toLongLong();
    c.resolvedEver = q.value(first + 6).toLongLong();
    c.reopened = q.value(first + 7).toLongLong();
    c.surveys = q.value(first + 8).toLongLong();
    c.surveysGood = q.value(first + 9).toLongLong();
    c.surveyScoreSum = q.value(first + 10).toLongLong();
    return c;
}

const QString kCountColumns = QStringLiteral(
    "count(*), count(first_response_at), ifnull(sum(first_response_at - reported_at), 0), "
    "ifnull(sum(resolved), 0), ifnull(sum(CASE WHEN resolved THEN last_resolved_at - reported_at END), 0), "
    "ifnull(sum(resolved AND reopens = 0), 0), count(last_resolved_at), ifnull(sum(reopens > 0), 0), "
    "count(survey_score), ifnull(sum(survey_score >= 4), 0), ifnull(sum(survey_score), 0)");

Action clockActionOf(const QString& key)
{
    static const QHash<QString, Action> byKey = [] {
        QHash<QString, Action> out;
        for (Action a : allActions())
            out.insert(actionKey(a), a);
        return out;
    }();
    return byKey.value(key, Action::Note);
}
} // namespace

SqliteKpiRepository::~SqliteKpiRepository()
{
    dropCohort();
}

void SqliteKpiRepository::dropCohort()
{
    if (m_cohort) {
        QSqlQuery q(m_c.database());
        q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.kpi_cohort"));
        m_cohort.reset();
    }
}

Status SqliteKpiRepository::read(const std::function<Status()>& work)
{
    // Inside a write transaction the snapshot is already the transaction's.
    if (m_c.inTransaction())
        return work();
    QSqlQuery q(m_c.database());
    // A deferred BEGIN takes no lock until the first read and never the write lock: the report
    // writes only to the connection's temporary schema.
    if (!q.exec(QStringLiteral("BEGIN")))
        return m_c.errorFrom(q, Text::tr("starting the report"));
    Status st = work();
    dropCohort();
    if (!q.exec(st ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && st)
        return m_c.errorFrom(q, Text::tr("finishing the report"));
    return st;
}

Status SqliteKpiRepository::prepareCohort(const KpiWindow& window)
{
    if (m_cohort && *m_cohort == window)
        return success();
    dropCohort();
    const QString doing = Text::tr("selecting the tickets of the report");
    QSqlQuery q(m_c.database());
    if (!q.exec(QStringLiteral(
            "CREATE TEMP TABLE kpi_cohort (id INTEGER PRIMARY KEY, tier TEXT, region TEXT, category TEXT, "
            "priority TEXT, reported_at INTEGER, policy_id INTEGER, order_value_fen INTEGER, assignee TEXT, "
            "first_response_at INTEGER, resolved INTEGER, last_resolved_at INTEGER, reopens INTEGER, "
            "survey_score INTEGER)")))
        return m_c.errorFrom(q, doing);
    m_cohort = window;
    if (!q.prepare(cohortSql()))
        return m_c.errorFrom(q, doing);
    q.bindValue(QStringLiteral(":now"), window.now);
    q.bindValue(QStringLiteral(":lo"), window.from);
    q.bindValue(QStringLiteral(":hi"), window.to);
    if (!q.exec())
        return m_c.errorFrom(q, doing);
    return success();
}

Result<QList<std::pair<QString, KpiCounts>>> SqliteKpiRepository::aggregate(const KpiWindow& window,
                                                                            const QString& keyColumn)
{
    if (auto st = prepareCohort(window); !st)
        return st.error();
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM temp.kpi_cohort GROUP BY 1 ORDER BY 1").arg(keyColumn, kCountColumns);
    if (!q.exec(sql))
        return m_c.errorFrom(q, Text::tr("adding up the report"));
    QList<std::pair<QString, KpiCounts>> out;
    while (q.next())
        out.append({q.value(0).toString(), countsFrom(q, 1)});
    q.finish();
    return out;
}

Result<KpiCounts> SqliteKpiRepository::totals(const KpiWindow& window)
{
    auto rows = aggregate(window, QStringLiteral("''"));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? KpiCounts{} : rows->first().second;
}

Result<QList<std::pair<QString, KpiCounts>>> SqliteKpiRepository::byDimension(const KpiWindow& window,
                                                                              KpiDimension dimension)
{
    switch (dimension) {
    case KpiDimension::Tier:
        return aggregate(window, QStringLiteral("tier"));
    case KpiDimension::Region:
        return aggregate(window, QStringLiteral("region"));
    case KpiDimension::Category:
        return aggregate(window, QStringLiteral("category"));
    case KpiDimension::Assignee:
        return aggregate(window, QStringLiteral("assignee"));
    }
    return Error::internal(QStringLiteral("unknown KPI dimension"));
}

Result<std::optional<qint64>> SqliteKpiRepository::responseSecondsAtRank(const KpiWindow& window, qint64 rank)
{
    if (rank < 1)
        return std::optional<qint64>{};
    if (auto st = prepareCohort(window); !st)
        return st.error();
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT first_response_at - reported_at AS s FROM temp.kpi_cohort "
                             "WHERE first_response_at IS NOT NULL ORDER BY s LIMIT 1 OFFSET ?"));
    q.addBindValue(rank - 1);
    if (!q.exec())
        return m_c.errorFrom(q, Text::tr("finding the response time percentile"));
    std::optional<qint64> out;
    if (q.next())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

Status SqliteKpiRepository::forEachClockTicket(const KpiWindow& window,
                                               const std::function<void(const KpiClockTicket&)>& visit)
{
    if (auto st = prepareCohort(window); !st)
        return st;
    const QString doing = Text::tr("reading the clocks of the report");
    // Two cursors in ticket id order, merged: the cohort rows, and the events that move the
    // resolution clock from ticket_events_ticket (no sort). The response clock needs only the first
    // response, already in the cohort row; it comes back as one respond event. Most history rows
    // (assess, plan, dispatch, notes, surveys) are never read into the program.
    QSqlQuery tickets(m_c.database());
    tickets.setForwardOnly(true);
    if (!tickets.exec(QStringLiteral("SELECT id, tier, priority, region, category, assignee, reported_at, policy_id, "
                                     "order_value_fen, first_response_at FROM temp.kpi_cohort ORDER BY id")))
        return m_c.errorFrom(tickets, doing);
    QSqlQuery events(m_c.database());
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT c.id, e.at, e.action FROM temp.kpi_cohort c JOIN ticket_events e "
                                  "ON e.ticket_id = c.id AND e.at <= ? AND e.action IN (%1) ORDER BY c.id, e.id")
                       .arg(kResolutionActions));
    events.addBindValue(window.now);
    if (!events.exec())
        return m_c.errorFrom(events, doing);
    bool haveEvent = events.next();
    KpiClockTicket t;
    while (tickets.next()) {
        t.id = tickets.value(0).toLongLong();
        t.tier = parseTier(tickets.value(1).toString()).value_or(Tier::C);
        t.priority = parsePriority(tickets.value(2).toString()).value_or(Priority::P3);
        t.region = tickets.value(3).toString();
        t.category = tickets.value(4).toString();
        t.assignee = tickets.value(5).toString();
        t.reportedAt = tickets.value(6).toLongLong();
        t.policyId = optionalInt(tickets.value(7));
        t.orderValueFen = optionalInt(tickets.value(8));
        const std::optional<qint64> firstResponse = optionalInt(tickets.value(9));
        t.events.clear();
        bool responded = false;
        while (haveEvent && events.value(0).toLongLong() == t.id) {
            TicketEvent e;
            e.at = events.value(1).toLongLong();
            e.action = clockActionOf(events.value(2).toString());
            if (firstResponse && !responded && *firstResponse <= e.at) {
                TicketEvent r;
                r.at = *firstResponse;
                r.action = Action::Respond;
                t.events.append(r);
                responded = true;
            }
            t.events.append(e);
            haveEvent = events.next();
        }
        if (firstResponse && !responded) {
            TicketEvent r;
            r.at = *firstResponse;
            r.action = Action::Respond;
            t.events.append(r);
        }
        visit(t);
    }
    tickets.finish();
    events.finish();
    return success();
}

Result<qint64> SqliteKpiRepository::backlog(qint64 asOf)
{
    // Tickets settled by asOf carry their state as of then in `stage` (tickets_stage answers them);
    // tickets changed after asOf (tickets_kpi_last_event, schema 9) are looked up in their history.
    const QString sql =
        QStringLiteral(
            "SELECT (SELECT count(*) FROM tickets WHERE stage IN (%1) AND reported_at <= :asof "
            "        AND last_event_at <= :asof) "
            "     + (SELECT count(*) FROM tickets t WHERE t.last_event_at > :asof AND t.reported_at <= :asof "
            "        AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.at <= :asof "
            "                        AND e.action = 'cancel') "
            "        AND ifnull((SELECT e.action = 'resolve' FROM ticket_events e WHERE e.ticket_id = t.id "
            "                    AND e.at <= :asof AND e.action IN ('resolve', 'reopen') ORDER BY e.id DESC LIMIT 1), "
            "                   0) = 0)")
            .arg(kOpenStages);
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":asof"), asOf);
    if (!q.exec() || !q.next())
        return m_c.errorFrom(q, Text::tr("counting the open tickets at the end of the month"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<KpiTargets> SqliteKpiRepository::targets()
{
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kpi, direction, value FROM kpi_targets")))
        return m_c.errorFrom(q, Text::tr("reading the KPI targets"));
    QList<KpiTarget> out;
    while (q.next()) {
        const auto key = parseKpiKey(q.value(0).toString());
        const auto direction = parseKpiDirection(q.value(1).toString());
        // A row this version does not know (written by a newer one) is left out, not an error.
        if (key && direction)
            out.append({*key, *direction, q.value(2).toDouble()});
    }
    q.finish();
    std::sort(out.begin(), out.end(), [](const KpiTarget& a, const KpiTarget& b) { return a.key < b.key; });
    return KpiTargets(out);
}

} // namespace ingot
