#include "storage/sql/sla/SqlSlaTicketRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"
#include "storage/sql/sla/SqlIdBatches.h"

#include <QCoreApplication>
#include <QHash>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.ticket_no, t.tier, t.priority, t.stage, t.reported_at, t.sla_policy_id, t.next_due_at, t.version, "
    "t.sla_version, o.value_fen, t.next_at_risk_at FROM tickets t LEFT JOIN orders o ON o.id = t.order_id ");

SlaTicket fromRow(const QSqlQuery& q)
{
    SlaTicket t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.tier = parseTier(q.value(2).toString()).value_or(Tier::C);
    t.priority = parsePriority(q.value(3).toString()).value_or(Priority::P3);
    t.stage = parseStage(q.value(4).toString()).value_or(Stage::Reported);
    t.reportedAt = q.value(5).toLongLong();
    t.policyId = optionalInt(q.value(6));
    t.nextDueAt = optionalInt(q.value(7));
    t.version = q.value(8).toInt();
    if (!q.value(9).isNull())
        t.slaVersion = q.value(9).toInt();
    t.orderValueFen = optionalInt(q.value(10));
    t.nextAtRiskAt = optionalInt(q.value(11));
    return t;
}

// Histories are read by the million in a full re-evaluation: look action keys up in a hash rather
// than through parseAction's case-insensitive, alias-accepting scan.
Action actionOf(const QString& key)
{
    static const QHash<QString, Action> byKey = [] {
        QHash<QString, Action> out;
        for (Action a : allActions())
            out.insert(actionKey(a), a);
        return out;
    }();
    const auto at = byKey.constFind(key);
    return at != byKey.constEnd() ? *at : parseAction(key).value_or(Action::Note);
}
} // namespace

Result<std::vector<qint64>> SqlSlaTicketRepository::sweepCandidates()
{
    // Two index look-ups (tickets_stage and the partial tickets_sla_stale) instead of a scan: on a
    // large desk almost every ticket is closed and evaluated for good.
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id FROM tickets WHERE stage IN (%1) UNION "
                                       "SELECT id FROM tickets WHERE %2 ORDER BY 1")
                            .arg(openStagesSqlList(),
                                 m_c.dialect().isDistinct(QStringLiteral("sla_version"), QStringLiteral("version")));
    if (!s.exec(sql))
        return m_c.errorFrom(s, Text::tr("finding tickets whose clocks may change"));
    std::vector<qint64> ids;
    while (s.next())
        ids.push_back(s.value(0).toLongLong());
    s.finish();
    return ids;
}

Result<QList<SlaTicket>> SqlSlaTicketRepository::load(const QList<qint64>& ids)
{
    QList<SlaTicket> out;
    out.reserve(ids.size());
    auto st = SqlIdBatches::run(m_c, kSelect + QStringLiteral("WHERE t.id IN (%1) ORDER BY t.id"), ids,
                                   Text::tr("reading tickets"), [&](const QSqlQuery& q) { out << fromRow(q); });
    if (!st)
        return st.error();
    return out;
}

Result<SlaTicket> SqlSlaTicketRepository::find(qint64 ticketId)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE t.id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(ticketId);
    if (auto st = execPrepared(m_c, s, Text::tr("reading a ticket")); !st)
        return st.error();
    if (!s.next())
        return Error::notFound(Text::tr("no ticket with id %1").arg(ticketId));
    SlaTicket t = fromRow(s);
    s.finish();
    return t;
}

Result<QHash<qint64, QList<TicketEvent>>> SqlSlaTicketRepository::clockEvents(const QList<qint64>& ids)
{
    QHash<qint64, QList<TicketEvent>> out;
    auto st = SqlIdBatches::run(
        m_c,
        QStringLiteral(
            "SELECT ticket_id, id, at, action FROM ticket_events WHERE ticket_id IN (%1) ORDER BY ticket_id, id"),
        ids, Text::tr("reading ticket histories"), [&](const QSqlQuery& q) {
            TicketEvent e;
            e.id = q.value(1).toLongLong();
            e.at = q.value(2).toLongLong();
            e.action = actionOf(q.value(3).toString());
            out[q.value(0).toLongLong()] << e;
        });
    if (!st)
        return st.error();
    return out;
}

Status SqlSlaTicketRepository::store(qint64 ticketId, qint64 policyId, std::optional<qint64> nextDueAt,
                                        std::optional<qint64> nextAtRiskAt, std::optional<int> evaluatedVersion)
{
    auto q = m_c.prepared(QStringLiteral("UPDATE tickets SET sla_policy_id = ?, next_due_at = ?, next_at_risk_at = ?, "
                                         "sla_version = coalesce(?, sla_version) WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(policyId);
    s.addBindValue(nullable(nextDueAt));
    s.addBindValue(nullable(nextAtRiskAt));
    s.addBindValue(evaluatedVersion ? QVariant(*evaluatedVersion) : QVariant(QMetaType(QMetaType::Int)));
    s.addBindValue(ticketId);
    auto st = execPrepared(m_c, s, Text::tr("saving the clocks of a ticket"));
    s.finish();
    return st;
}

Status SqlSlaTicketRepository::storeEvaluated(qint64 firstId, qint64 lastId, qint64 policyId)
{
    auto q =
        m_c.prepared(QStringLiteral("UPDATE tickets SET sla_policy_id = ?, next_due_at = NULL, next_at_risk_at = NULL, "
                                    "sla_version = version "
                                    "WHERE id BETWEEN ? AND ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(policyId);
    s.addBindValue(firstId);
    s.addBindValue(lastId);
    auto st = execPrepared(m_c, s, Text::tr("saving the clocks of tickets"));
    s.finish();
    return st;
}

Result<QList<SlaTicket>> SqlSlaTicketRepository::turnedBetween(const SlaNoticeScope& scope, qint64 from, qint64 to,
                                                                 int limit)
{
    // The window is read from the two partial indexes of the stored instants and drives the join
    // (CROSS JOIN keeps it outside: otherwise the planner may prefer tickets_assignee or
    // tickets_stage and walk every ticket a technician ever had); only the few tickets turning in
    // it are checked against the scope and the notices given (by primary key). The instant that
    // counts is the breach once due has passed, else the turn to at risk: what a notice records as `at`.
    QString sql = QString(kSelect).replace(
        QStringLiteral("FROM tickets t "),
        QStringLiteral("FROM (SELECT id FROM tickets WHERE next_at_risk_at > ? AND next_at_risk_at <= ? "
                       "UNION SELECT id FROM tickets WHERE next_due_at > ? AND next_due_at <= ?) w "
                       "CROSS JOIN tickets t ON t.id = w.id "));
    sql += QStringLiteral("WHERE t.stage IN (%1) AND NOT EXISTS (SELECT 1 FROM sla_notices n WHERE n.login = ? "
                          "AND n.ticket_id = t.id AND n.at = CASE WHEN t.next_due_at <= ? THEN t.next_due_at "
                          "ELSE t.next_at_risk_at END) ")
               .arg(openStagesSqlList());
    if (!scope.everyone)
        sql += QStringLiteral("AND (t.assignee = ? OR (? = 1 AND EXISTS (SELECT 1 FROM audit_log a WHERE "
                              "a.entity = 'ticket' AND a.entity_id = t.ticket_no AND a.action = 'create' "
                              "AND a.actor = ?))) ");
    sql += QStringLiteral("ORDER BY t.next_due_at, t.id LIMIT ?");
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(from);
    s.addBindValue(to);
    s.addBindValue(from);
    s.addBindValue(to);
    s.addBindValue(text(scope.login));
    s.addBindValue(to);
    if (!scope.everyone) {
        s.addBindValue(text(scope.login));
        s.addBindValue(scope.createdToo ? 1 : 0);
        s.addBindValue(text(scope.login));
    }
    s.addBindValue(limit);
    if (auto st = execPrepared(m_c, s, Text::tr("finding tickets whose clocks just turned")); !st)
        return st.error();
    QList<SlaTicket> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

} // namespace ingot
