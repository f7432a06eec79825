#include "storage/sql/board/SqlSlaBoardRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The phase of an open ticket (BoardClockLines::phaseOf) from its stored stage and first response.
const QString kPhase = QStringLiteral("(CASE WHEN t.stage = 'reported' AND t.first_response_at IS NULL THEN 0 "
                                      "WHEN t.stage = 'reported' THEN 1 "
                                      "WHEN t.stage IN ('assessed', 'planned', 'in_progress') THEN 2 END)");

const QString kLineJoin =
    QStringLiteral("l.policy_id = t.sla_policy_id AND l.tier = t.tier AND l.priority = t.priority "
                   "AND l.phase = ") +
    kPhase;

// "WITH lines(...) AS (VALUES (?, ...), ...)"; the values are bound by bindLines in the same order.
// The casts type the columns on PostgreSQL, which reads an untyped parameter in VALUES as text.
// Joins to it are the dialect's fixedOrderJoin(), a CROSS JOIN that SQLite never reorders: left to
// itself its planner loops over the hundred lines and searches a quarter of all tickets for each
// (tens of seconds at 1M); tickets first, found through their own index, costs one pass over the
// small lines table per open ticket.
QString linesCte(const QList<ClockLine>& lines)
{
    QString sql = QStringLiteral("WITH lines(policy_id, tier, priority, phase, metric, risk_line, breach_line) AS (");
    const QString typed = QStringLiteral("CAST(%1 AS BIGINT), CAST(%2 AS TEXT), CAST(%2 AS TEXT), CAST(%1 AS INTEGER), "
                                         "CAST(%2 AS TEXT), CAST(%1 AS BIGINT), CAST(%1 AS BIGINT)");
    if (lines.isEmpty())
        return sql + QStringLiteral("SELECT ") + typed.arg(QStringLiteral("NULL"), QStringLiteral("NULL")) +
               QStringLiteral(" WHERE 1 = 0)");
    const QString row = QLatin1Char('(') + typed.arg(QStringLiteral("?"), QStringLiteral("?")) + QLatin1Char(')');
    QStringList rows;
    rows.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        rows << row;
    return sql + QStringLiteral("VALUES ") + rows.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void bindLines(QSqlQuery& q, const QList<ClockLine>& lines)
{
    for (const ClockLine& l : lines) {
        q.addBindValue(l.policyId);
        q.addBindValue(tierKey(l.tier));
        q.addBindValue(priorityKey(l.priority));
        q.addBindValue(static_cast<int>(l.phase));
        q.addBindValue(slaMetricKey(l.metric));
        q.addBindValue(l.riskLine);
        q.addBindValue(l.breachLine);
    }
}

// " AND ..." for the filter over tickets `t`; bindFilter binds its values in the same order.
// The columns are wrapped (`x || ''`) so that no filter picks the index: the region index alone
// would read a quarter of all tickets to find the few hundred open ones of a region, where the
// stage, due and date ranges lead to the rows at once.
QString filterSql(const BoardFilter& f)
{
    QString sql;
    if (f.region)
        sql += QStringLiteral(" AND t.region || '' = ?");
    if (f.tier)
        sql += QStringLiteral(" AND t.tier || '' = ?");
    if (!f.team.isEmpty())
        sql += QStringLiteral(" AND t.assignee || '' IN (SELECT login FROM technicians WHERE team = ?)");
    return sql;
}

void bindFilter(QSqlQuery& q, const BoardFilter& f)
{
    if (f.region)
        q.addBindValue(regionKey(*f.region));
    if (f.tier)
        q.addBindValue(tierKey(*f.tier));
    if (!f.team.isEmpty())
        q.addBindValue(f.team);
}

// Group keys come back by the hundred at most; a hash avoids the tolerant parse* scans.
template <typename E> E keyed(const QString& key, QString (*keyOf)(E), QList<E> (*all)(), E fallback)
{
    static const QHash<QString, E> byKey = [&] {
        QHash<QString, E> out;
        for (E e : all())
            out.insert(keyOf(e), e);
        return out;
    }();
    return byKey.value(key, fallback);
}

Tier tierOf(const QVariant& v)
{
    return keyed<Tier>(v.toString(), tierKey, allTiers, Tier::C);
}
Region regionOf(const QVariant& v)
{
    return keyed<Region>(v.toString(), regionKey, allRegions, Region::East);
}
} // namespace

Result<BoardFacts> SqlSlaBoardRepository::read(const BoardQuery& query)
{
    BoardFacts facts;
    // One read transaction, so that the four statements see the same moment of a database other
    // desks keep writing.
    Status st = m_c.readSnapshot(
        [&] {
            Status read = readOpen(query, facts);
            if (read)
                read = readBreaches(query, facts);
            if (read)
                read = readNext(query, facts);
            if (read)
                read = readDays(query, facts);
            return read;
        },
        Text::tr("reading the board"));
    if (!st)
        return st.error();
    return facts;
}

Status SqlSlaBoardRepository::readOpen(const BoardQuery& query, BoardFacts& facts)
{
    const QString sql = linesCte(query.lines) +
                        QStringLiteral(" SELECT t.tier, t.region, COUNT(*), "
                                       "SUM(CASE WHEN t.next_due_at >= l.breach_line AND t.next_due_at <= l.risk_line "
                                       "THEN 1 ELSE 0 END), "
                                       "SUM(CASE WHEN t.next_due_at < l.breach_line THEN 1 ELSE 0 END) "
                                       "FROM tickets t LEFT JOIN lines l ON ") +
                        kLineJoin + QStringLiteral(" WHERE t.stage IN (%1)").arg(openStagesSqlList()) +
                        filterSql(query.filter) + QStringLiteral(" GROUP BY t.tier, t.region");
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    bindLines(s, query.lines);
    bindFilter(s, query.filter);
    if (auto st = execPrepared(m_c, s, Text::tr("counting open tickets for the board")); !st)
        return st;
    while (s.next())
        facts.open << BoardOpenRow{tierOf(s.value(0)), regionOf(s.value(1)), s.value(2).toLongLong(),
                                   s.value(3).toLongLong(), s.value(4).toLongLong()};
    s.finish();
    return success();
}

Status SqlSlaBoardRepository::readBreaches(const BoardQuery& query, BoardFacts& facts)
{
    // Recorded breaches of the month, plus open tickets whose leading clock ran out and is not
    // recorded yet (the sweep runs every few minutes); a ticket counts once.
    const QString sql =
        linesCte(query.lines) +
        QStringLiteral(", hits(id, at) AS ("
                       "SELECT ticket_id, breached_at FROM sla_breaches WHERE breached_at >= ? AND breached_at <= ? "
                       "UNION ALL SELECT t.id, t.next_due_at FROM tickets t %1 lines l ON ")
            .arg(m_c.dialect().fixedOrderJoin()) +
        kLineJoin +
        QStringLiteral(" WHERE t.stage IN (%1) AND t.next_due_at >= ? AND t.next_due_at < l.breach_line) "
                       "SELECT t.tier, COUNT(*), SUM(h.today) FROM "
                       "(SELECT id, MAX(CASE WHEN at >= ? THEN 1 ELSE 0 END) AS today FROM hits GROUP BY id) h "
                       "JOIN tickets t ON t.id = h.id WHERE 1 = 1")
            .arg(openStagesSqlList()) +
        filterSql(query.filter) + QStringLiteral(" GROUP BY t.tier");
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    bindLines(s, query.lines);
    s.addBindValue(query.periods.monthStart);
    s.addBindValue(query.periods.now);
    s.addBindValue(query.periods.monthStart);
    s.addBindValue(query.periods.dayStart);
    bindFilter(s, query.filter);
    if (auto st = execPrepared(m_c, s, Text::tr("counting breaches for the board")); !st)
        return st;
    while (s.next())
        facts.breached << BoardBreachRow{tierOf(s.value(0)), s.value(2).toLongLong(), s.value(1).toLongLong()};
    s.finish();
    return success();
}

Status SqlSlaBoardRepository::readNext(const BoardQuery& query, BoardFacts& facts)
{
    qint64 lowest = query.periods.now;
    for (const ClockLine& l : query.lines)
        lowest = std::min(lowest, l.breachLine);
    // Walks tickets_due from the earliest line on; closed tickets have no due instant, so only open
    // ones are met, and the walk stops after nextLimit rows that are not over yet.
    const QString sql =
        linesCte(query.lines) +
        QStringLiteral(" SELECT t.ticket_no, c.name, t.tier, t.priority, t.region, l.metric, t.next_due_at, "
                       "CASE WHEN t.next_due_at <= l.risk_line THEN 1 ELSE 0 END, t.assignee, COALESCE(tech.name, '') "
                       "FROM tickets t %1 lines l ON ")
            .arg(m_c.dialect().fixedOrderJoin()) +
        kLineJoin +
        QStringLiteral(" JOIN customers c ON c.id = t.customer_id "
                       "LEFT JOIN technicians tech ON tech.login = t.assignee "
                       "WHERE t.next_due_at >= ? AND t.stage IN (%1) AND t.next_due_at >= l.breach_line")
            .arg(openStagesSqlList()) +
        filterSql(query.filter) + QStringLiteral(" ORDER BY t.next_due_at, t.id LIMIT ?");
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    bindLines(s, query.lines);
    s.addBindValue(lowest);
    bindFilter(s, query.filter);
    s.addBindValue(query.nextLimit);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the next tickets due")); !st)
        return st;
    while (s.next()) {
        NextBreach n;
        n.number = s.value(0).toString();
        n.customer = s.value(1).toString();
        n.tier = tierOf(s.value(2));
        n.priority = parsePriority(s.value(3).toString()).value_or(Priority::P3);
        n.region = regionOf(s.value(4));
        n.metric = parseSlaMetric(s.value(5).toString()).value_or(SlaMetric::Response);
        n.dueAt = s.value(6).toLongLong();
        n.atRisk = s.value(7).toInt() != 0;
        n.assignee = s.value(8).toString();
        n.assigneeName = s.value(9).toString();
        facts.next << n;
    }
    s.finish();
    return success();
}

Status SqlSlaBoardRepository::readDays(const BoardQuery& query, BoardFacts& facts)
{
    const BoardPeriods& p = query.periods;
    // One pass over the tickets reported since the first history week, read from the covering index
    // tickets_board alone; grouping is the main cost (a sort of those rows).
    const QString sql =
        QStringLiteral("SELECT (t.reported_at - ?) / 86400, t.region, t.category, COUNT(*), "
                       "SUM(CASE WHEN ((t.reported_at - ?) % 604800) < ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.first_response_at <= ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.first_response_at <= ? THEN t.first_response_at - t.reported_at ELSE 0 END), "
                       "SUM(CASE WHEN t.stage IN ('resolved', 'feedback', 'surveyed', 'closed') THEN 1 ELSE 0 END) "
                       "FROM tickets t WHERE t.reported_at >= ? AND t.reported_at <= ? AND t.stage <> 'cancelled'") +
        filterSql(query.filter) + QStringLiteral(" GROUP BY 1, 2, 3");
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (qint64 v : {p.historyStart, p.historyStart, p.weekSpan(), p.now, p.now, p.historyStart, p.now})
        s.addBindValue(v);
    bindFilter(s, query.filter);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the tickets of the last weeks")); !st)
        return st;
    static const QHash<QString, Category> categories = [] {
        QHash<QString, Category> out;
        for (Category c : allCategories())
            out.insert(categoryKey(c), c);
        return out;
    }();
    while (s.next()) {
        BoardDayRow r;
        r.day = s.value(0).toInt();
        r.region = regionOf(s.value(1));
        r.category = categories.value(s.value(2).toString(), Category::Other);
        r.reported = s.value(3).toLongLong();
        r.reportedEarly = s.value(4).toLongLong();
        r.responded = s.value(5).toLongLong();
        r.responseSeconds = s.value(6).toLongLong();
        r.resolved = s.value(7).toLongLong();
        facts.days << r;
    }
    s.finish();

    // The breaches of the compliance days come from sla_breaches (a breach happens after the report,
    // so its instant is past the first day too), one ticket look-up each: far fewer than probing
    // every ticket of the 30 days for a breach.
    const QString breaches =
        QStringLiteral("SELECT (t.reported_at - ?) / 86400, b.metric, COUNT(*), "
                       "SUM(CASE WHEN b.metric = 'response' AND t.first_response_at <= ? THEN 1 "
                       "WHEN b.metric <> 'response' AND t.stage IN ('resolved', 'feedback', 'surveyed', 'closed') "
                       "THEN 1 ELSE 0 END) "
                       "FROM sla_breaches b JOIN tickets t ON t.id = b.ticket_id "
                       "WHERE b.breached_at >= ? AND b.breached_at <= ? AND b.metric IN ('response', 'resolution') "
                       "AND t.reported_at >= ? AND t.reported_at <= ? AND t.stage <> 'cancelled'") +
        filterSql(query.filter) + QStringLiteral(" GROUP BY 1, 2");
    auto bq = m_c.prepared(breaches);
    if (!bq)
        return bq.error();
    QSqlQuery& b = **bq;
    for (qint64 v : {p.historyStart, p.now, p.complianceStart, p.now, p.complianceStart, p.now})
        b.addBindValue(v);
    bindFilter(b, query.filter);
    if (auto st = execPrepared(m_c, b, Text::tr("reading the breaches of the last days")); !st)
        return st;
    while (b.next())
        facts.breachDays << BoardBreachDay{b.value(0).toInt(),
                                           parseSlaMetric(b.value(1).toString()).value_or(SlaMetric::Response),
                                           b.value(2).toLongLong(), b.value(3).toLongLong()};
    b.finish();
    return success();
}

Result<QStringList> SqlSlaBoardRepository::teams()
{
    auto q = m_c.prepared(QStringLiteral("SELECT DISTINCT team FROM technicians WHERE team <> '' ORDER BY team"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("reading the teams")); !st)
        return st.error();
    QStringList out;
    while (s.next())
        out << s.value(0).toString();
    s.finish();
    return out;
}

} // namespace ingot
