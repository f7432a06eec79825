#include "storage/sqlite/sla/SqliteSlaTicketRepository.h"

#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/SqlRows.h"
#include "storage/sqlite/sla/SqliteIdBatches.h"

#include <QCoreApplication>
#include <QHash>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.ticket_no, t.tier, t.priority, t.stage, t.reported_at, t.sla_policy_id, t.next_due_at, t.version, "
    "t.sla_version, o.value_fen FROM tickets t LEFT JOIN orders o ON o.id = t.order_id ");

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

Result<std::vector<qint64>> SqliteSlaTicketRepository::sweepCandidates()
{
    // Two index look-ups (tickets_stage and the partial tickets_sla_stale) instead of a scan: on a
    // large desk almost every ticket is closed and evaluated for good.
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id FROM tickets WHERE stage IN (%1) UNION "
                                       "SELECT id FROM tickets WHERE sla_version IS NOT version ORDER BY 1")
                            .arg(openStagesSqlList());
    if (!s.exec(sql))
        return m_c.errorFrom(s, Text::tr("finding tickets whose clocks may change"));
    std::vector<qint64> ids;
    while (s.next())
        ids.push_back(s.value(0).toLongLong());
    s.finish();
    return ids;
}

Result<QList<SlaTicket>> SqliteSlaTicketRepository::load(const QList<qint64>& ids)
{
    QList<SlaTicket> out;
    out.reserve(ids.size());
    auto st = SqliteIdBatches::run(m_c, kSelect + QStringLiteral("WHERE t.id IN (%1) ORDER BY t.id"), ids,
                                   Text::tr("reading tickets"), [&](const QSqlQuery& q) { out << fromRow(q); });
    if (!st)
        return st.error();
    return out;
}

Result<SlaTicket> SqliteSlaTicketRepository::find(qint64 ticketId)
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

Result<QHash<qint64, QList<TicketEvent>>> SqliteSlaTicketRepository::clockEvents(const QList<qint64>& ids)
{
    QHash<qint64, QList<TicketEvent>> out;
    auto st = SqliteIdBatches::run(
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

Status SqliteSlaTicketRepository::store(qint64 ticketId, qint64 policyId, std::optional<qint64> nextDueAt,
                                        std::optional<int> evaluatedVersion)
{
    auto q = m_c.prepared(
        QStringLiteral("UPDATE tickets SET sla_policy_id = ?, next_due_at = ?, sla_version = coalesce(?, sla_version) "
                       "WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(policyId);
    s.addBindValue(nullable(nextDueAt));
    s.addBindValue(evaluatedVersion ? QVariant(*evaluatedVersion) : QVariant(QMetaType(QMetaType::Int)));
    s.addBindValue(ticketId);
    auto st = execPrepared(m_c, s, Text::tr("saving the clocks of a ticket"));
    s.finish();
    return st;
}

Status SqliteSlaTicketRepository::storeEvaluated(qint64 firstId, qint64 lastId, qint64 policyId)
{
    auto q =
        m_c.prepared(QStringLiteral("UPDATE tickets SET sla_policy_id = ?, next_due_at = NULL, sla_version = version "
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

} // namespace ingot
