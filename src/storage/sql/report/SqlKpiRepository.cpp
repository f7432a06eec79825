#include "storage/sql/report/SqlKpiRepository.h"

#include "storage/sql/SqlConnection.h"
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
               "INSERT INTO kpi_cohort (id, tier, region, category, priority, reported_at, policy_id, "
               "order_value_fen, assignee, first_response_at, resolved, last_resolved_at, reopens, survey_score) "
               "SELECT t.id, t.tier, t.region, t.category, t.priority, t.reported_at, t.sla_policy_id, o.value_fen, "
               "CASE WHEN %1 THEN t.assignee ELSE coalesce((SELECT trim(e.value) %2 e.action = 'dispatch' "
               "  ORDER BY e.id DESC LIMIT 1), '') END, "
               "CASE WHEN %1 THEN t.first_response_at ELSE (SELECT min(e.at) %2 e.action IN (%3)) END, "
               "CASE WHEN %1 THEN (CASE WHEN t.stage IN (%4) THEN 1 ELSE 0 END) "
               "  ELSE coalesce((SELECT CASE WHEN e.action = 'resolve' THEN 1 ELSE 0 END %2 "
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
    "count(*), count(first_response_at), coalesce(sum(first_response_at - reported_at), 0), "
    "coalesce(sum(resolved), 0), coalesce(sum(CASE WHEN resolved = 1 THEN last_resolved_at - reported_at END), 0), "
    "coalesce(sum(CASE WHEN resolved = 1 AND reopens = 0 THEN 1 ELSE 0 END), 0), count(last_resolved_at), "
    "coalesce(sum(CASE WHEN reopens > 0 THEN 1 ELSE 0 END), 0), "
    "count(survey_score), coalesce(sum(CASE WHEN survey_score >= 4 THEN 1 ELSE 0 END), 0), "
    "coalesce(sum(survey_score), 0)");

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

SqlKpiRepository::~SqlKpiRepository()
{
    dropCohort();
}

void SqlKpiRepository::dropCohort()
{
    if (m_cohort) {
        QSqlQuery q(m_c.database());
        q.exec(QStringLiteral("DROP TABLE IF EXISTS kpi_cohort"));
        m_cohort.reset();
    }
}

Status SqlKpiRepository::read(const std::function<Status()>& work)
{
    // No write lock: the report writes only to the connection's temporary tables.
    return m_c.readSnapshot(
        [&] {
            Status st = work();
            if (!m_c.inTransaction())  // the cohort belongs to this read; in a write it stays for the next
                dropCohort();
            return st;
        },
        Text::tr("reading the report"));
}

Status SqlKpiRepository::prepareCohort(const KpiWindow& window)
{
    if (m_cohort && *m_cohort == window)
        return success();
    dropCohort();
    const QString doing = Text::tr("selecting the tickets of the report");
    QSqlQuery q(m_c.database());
    if (!q.exec(QStringLiteral(
                    "CREATE TEMP TABLE kpi_cohort (id %1, tier TEXT, region TEXT, category TEXT, "
                    "priority TEXT, reported_at BIGINT, policy_id BIGINT, order_value_fen BIGINT, assignee TEXT, "
                    "first_response_at BIGINT, resolved INTEGER, last_resolved_at BIGINT, reopens INTEGER, "
                    "survey_score INTEGER)")
                    .arg(m_c.dialect().integerPrimaryKey())))
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

Result<QList<std::pair<QString, KpiCounts>>> SqlKpiRepository::aggregate(const KpiWindow& window,
                                                                            const QString& keyColumn)
{
    if (auto st = prepareCohort(window); !st)
        return st.error();
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM kpi_cohort GROUP BY 1 ORDER BY 1").arg(keyColumn, kCountColumns);
    if (!q.exec(sql))
        return m_c.errorFrom(q, Text::tr("adding up the report"));
    QList<std::pair<QString, KpiCounts>> out;
    while (q.next())
        out.append({q.value(0).toString(), countsFrom(q, 1)});
    q.finish();
    return out;
}

Result<KpiCounts> SqlKpiRepository::totals(const KpiWindow& window)
{
    auto rows = aggregate(window, QStringLiteral("''"));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? KpiCounts{} : rows->first().second;
}

Result<QList<std::pair<QString, KpiCounts>>> SqlKpiRepository::byDimension(const KpiWindow& window,
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

Result<std::optional<qint64>> SqlKpiRepository::responseSecondsAtRank(const KpiWindow& window, qint64 rank)
{
    if (rank < 1)
        return std::optional<qint64>{};
    if (auto st = prepareCohort(window); !st)
        return st.error();
    QSqlQuery q(m_c.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT first_response_at - reported_at AS s FROM kpi_cohort "
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

Status SqlKpiRepository::forEachClockTicket(const KpiWindow& window,
                                               const std::function<void(const KpiClockTicket&)>& visit)
{
    if (auto st = prepareCohort(window); !st)
        return st;
    const QString doing = Text::tr("reading the clocks of the report");
    // One cursor in ticket id order: each cohort row with the events that move its resolution clock,
    // read from ticket_events_ticket in id order (no sort); a ticket without such events comes once
    // with NULLs. One cursor, because PostgreSQL's driver drops the rest of a result when the same
    // connection runs a second statement. The response clock needs only the first response, already
    // in the cohort row; it comes back as one respond event. Most history rows (assess, plan,
    // dispatch, notes, surveys) are never read into the program.
    QSqlQuery rows(m_c.database());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT c.id, c.tier, c.priority, c.region, c.category, c.assignee, c.reported_at, "
                                "c.policy_id, c.order_value_fen, c.first_response_at, e.at, e.action "
                                "FROM kpi_cohort c LEFT JOIN ticket_events e "
                                "ON e.ticket_id = c.id AND e.at <= ? AND e.action IN (%1) ORDER BY c.id, e.id")
                     .arg(kResolutionActions));
    rows.addBindValue(window.now);
    if (!rows.exec())
        return m_c.errorFrom(rows, doing);
    auto respond = [](KpiClockTicket& t, qint64 at) {
        TicketEvent r;
        r.at = at;
        r.action = Action::Respond;
        t.events.append(r);
    };
    KpiClockTicket t;
    std::optional<qint64> firstResponse;
    bool responded = false;
    bool open = false;  // t holds a ticket not visited yet
    auto finish = [&] {
        if (firstResponse && !responded)
            respond(t, *firstResponse);
        visit(t);
    };
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        if (!open || id != t.id) {
            if (open)
                finish();
            open = true;
            t.id = id;
            t.tier = parseTier(rows.value(1).toString()).value_or(Tier::C);
            t.priority = parsePriority(rows.value(2).toString()).value_or(Priority::P3);
            t.region = rows.value(3).toString();
            t.category = rows.value(4).toString();
            t.assignee = rows.value(5).toString();
            t.reportedAt = rows.value(6).toLongLong();
            t.policyId = optionalInt(rows.value(7));
            t.orderValueFen = optionalInt(rows.value(8));
            firstResponse = optionalInt(rows.value(9));
            t.events.clear();
            responded = false;
        }
        if (rows.value(10).isNull())
            continue;
        TicketEvent e;
        e.at = rows.value(10).toLongLong();
        e.action = clockActionOf(rows.value(11).toString());
        if (firstResponse && !responded && *firstResponse <= e.at) {
            respond(t, *firstResponse);
            responded = true;
        }
        t.events.append(e);
    }
    if (open)
        finish();
    rows.finish();
    return success();
}

Result<qint64> SqlKpiRepository::backlog(qint64 asOf)
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
            "        AND coalesce((SELECT CASE WHEN e.action = 'resolve' THEN 1 ELSE 0 END FROM ticket_events e "
            "                      WHERE e.ticket_id = t.id AND e.at <= :asof AND e.action IN ('resolve', 'reopen') "
            "                      ORDER BY e.id DESC LIMIT 1), 0) = 0)")
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

Result<KpiTargets> SqlKpiRepository::targets()
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
