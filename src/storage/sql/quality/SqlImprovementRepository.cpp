#include "storage/sql/quality/SqlImprovementRepository.h"

#include "storage/sql/SqlRows.h"
#include "storage/sql/quality/QualitySql.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT id, action_no, title, signature, category, customer_code, batch_no, region, root_cause, "
    "corrective_action, owner, due_at, verification, status, created_at, updated_at, verified_at, closed_at, version "
    "FROM improvement_actions ");

ImprovementAction fromRow(const QSqlQuery& q)
{
    ImprovementAction a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.title = q.value(2).toString();
    a.signature = q.value(3).toString();
    a.category = parseCategory(q.value(4).toString());
    a.customerCode = q.value(5).toString();
    a.batchNo = q.value(6).toString();
    a.region = parseRegion(q.value(7).toString());
    a.rootCause = q.value(8).toString();
    a.correctiveAction = q.value(9).toString();
    a.owner = q.value(10).toString();
    a.dueAt = optionalInt(q.value(11));
    a.verification = q.value(12).toString();
    a.status = parseImprovementStatus(q.value(13).toString()).value_or(ImprovementStatus::Open);
    a.createdAt = q.value(14).toLongLong();
    a.updatedAt = q.value(15).toLongLong();
    a.verifiedAt = optionalInt(q.value(16));
    a.closedAt = optionalInt(q.value(17));
    a.version = q.value(18).toInt();
    return a;
}
} // namespace

Result<QString> SqlImprovementRepository::allocateNumber(int year)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("INSERT INTO improvement_counters (year, last) VALUES (?, 1) "
                                             "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last"),
                              {year}, Text::tr("numbering an improvement action"));
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::internal(Text::tr("the improvement counter returned nothing"));
    }
    const qint64 n = (*q)->value(0).toLongLong();
    (*q)->finish();
    return QStringLiteral("IA%1-%2").arg(year).arg(n, 4, 10, QLatin1Char('0'));
}

Status SqlImprovementRepository::insert(ImprovementAction& a)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("INSERT INTO improvement_actions (action_no, title, signature, category, customer_code, "
                       "batch_no, region, root_cause, corrective_action, owner, due_at, verification, status, "
                       "created_at, updated_at, verified_at, closed_at, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        {a.number, a.title, text(a.signature), a.category ? categoryKey(*a.category) : QStringLiteral(""),
         text(a.customerCode), text(a.batchNo), a.region ? regionKey(*a.region) : QStringLiteral(""), text(a.rootCause),
         text(a.correctiveAction), text(a.owner), nullable(a.dueAt), text(a.verification),
         improvementStatusKey(a.status), a.createdAt, a.updatedAt, nullable(a.verifiedAt), nullable(a.closedAt)},
        Text::tr("saving improvement action %1").arg(a.number));
    if (!q)
        return q.error();
    if ((*q)->next())
        a.id = (*q)->value(0).toLongLong();
    (*q)->finish();
    a.version = 1;
    return link(a.id, a.tickets, a.createdAt);
}

Status SqlImprovementRepository::update(ImprovementAction& a, int expectedVersion)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("UPDATE improvement_actions SET title = ?, root_cause = ?, corrective_action = ?, owner = ?, "
                       "due_at = ?, verification = ?, status = ?, updated_at = ?, verified_at = ?, closed_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {a.title, text(a.rootCause), text(a.correctiveAction), text(a.owner), nullable(a.dueAt), text(a.verification),
         improvementStatusKey(a.status), a.updatedAt, nullable(a.verifiedAt), nullable(a.closedAt), a.id,
         expectedVersion},
        Text::tr("saving improvement action %1").arg(a.number));
    if (!q)
        return q.error();
    const int n = (*q)->numRowsAffected();
    (*q)->finish();
    if (n == 0)
        return Error::refused(Text::tr("%1 was changed by someone else meanwhile; reload it and try again").arg(a.number));
    a.version = expectedVersion + 1;
    return success();
}

Status SqlImprovementRepository::link(qint64 actionId, const QStringList& ticketNos, qint64 at)
{
    for (const QString& no : ticketNos) {
        auto q = quality_sql::run(m_c,
                                  QStringLiteral("INSERT INTO improvement_tickets (action_id, ticket_id, linked_at) "
                                                 "SELECT ?, id, ? FROM tickets WHERE ticket_no = ? "
                                                 "ON CONFLICT DO NOTHING"),
                                  {actionId, at, no}, Text::tr("linking a ticket to an improvement action"));
        if (!q)
            return q.error();
        (*q)->finish();
        auto exists = quality_sql::run(m_c, QStringLiteral("SELECT 1 FROM tickets WHERE ticket_no = ?"), {no},
                                       Text::tr("linking a ticket to an improvement action"));
        if (!exists)
            return exists.error();
        const bool found = (*exists)->next();
        (*exists)->finish();
        if (!found)
            return Error::badInput(Text::tr("no ticket with number '%1'").arg(no));
    }
    return success();
}

Status SqlImprovementRepository::appendEvent(qint64 actionId, qint64 at, const QString& actor, const QString& what,
                                                const QString& fromStatus, const QString& toStatus, const QString& note)
{
    return quality_sql::exec(m_c,
                             QStringLiteral("INSERT INTO improvement_events (action_id, at, actor, what, from_status, "
                                            "to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {actionId, at, text(actor), what, text(fromStatus), text(toStatus), text(note)},
                             Text::tr("recording the history of an improvement action"));
}

Status SqlImprovementRepository::loadTickets(ImprovementAction& a)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT t.ticket_no FROM improvement_tickets i JOIN tickets t "
                                             "ON t.id = i.ticket_id WHERE i.action_id = ? ORDER BY t.reported_at, "
                                             "t.ticket_no"),
                              {a.id}, Text::tr("reading linked tickets"));
    if (!q)
        return q.error();
    a.tickets.clear();
    while ((*q)->next())
        a.tickets << (*q)->value(0).toString();
    (*q)->finish();
    return success();
}

Result<ImprovementAction> SqlImprovementRepository::find(const QString& number)
{
    auto q = quality_sql::run(m_c, kSelect + QStringLiteral("WHERE action_no = ?"), {number},
                              Text::tr("reading an improvement action"));
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::notFound(Text::tr("no improvement action '%1'").arg(number));
    }
    ImprovementAction a = fromRow(**q);
    (*q)->finish();
    if (auto st = loadTickets(a); !st)
        return st.error();
    return a;
}

Result<QList<ImprovementAction>> SqlImprovementRepository::list(bool includeClosed)
{
    auto q = quality_sql::run(m_c,
                              kSelect + QStringLiteral("WHERE ? = 1 OR status <> 'closed' ORDER BY "
                                                       "CASE status WHEN 'closed' THEN 1 ELSE 0 END, "
                                                       "coalesce(due_at, 9223372036854775807), action_no"),
                              {includeClosed ? 1 : 0}, Text::tr("reading improvement actions"));
    if (!q)
        return q.error();
    QList<ImprovementAction> out;
    while ((*q)->next())
        out << fromRow(**q);
    (*q)->finish();
    for (ImprovementAction& a : out)
        if (auto st = loadTickets(a); !st)
            return st.error();
    return out;
}

Result<QHash<QString, QString>> SqlImprovementRepository::activeSignatures()
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT signature, action_no FROM improvement_actions "
                                             "WHERE signature <> '' AND status <> 'closed' ORDER BY action_no"),
                              {}, Text::tr("reading improvement actions"));
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while ((*q)->next())
        if (!out.contains((*q)->value(0).toString()))
            out.insert((*q)->value(0).toString(), (*q)->value(1).toString());
    (*q)->finish();
    return out;
}

Result<QHash<QString, qint64>> SqlImprovementRepository::closedSignatures()
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT signature, max(closed_at) FROM improvement_actions "
                                             "WHERE signature <> '' AND status = 'closed' GROUP BY signature"),
                              {}, Text::tr("reading improvement actions"));
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return out;
}

Result<QStringList> SqlImprovementRepository::actionsForTicket(const QString& ticketNo)
{
    return quality_sql::strings(m_c,
                                QStringLiteral("SELECT a.action_no FROM improvement_tickets i "
                                               "JOIN improvement_actions a ON a.id = i.action_id "
                                               "JOIN tickets t ON t.id = i.ticket_id WHERE t.ticket_no = ? "
                                               "ORDER BY a.action_no"),
                                {ticketNo}, Text::tr("reading improvement actions"));
}

Result<QList<ImprovementRepository::HistoryEntry>> SqlImprovementRepository::history(qint64 actionId)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT at, actor, what, from_status, to_status, note "
                                             "FROM improvement_events WHERE action_id = ? ORDER BY id"),
                              {actionId}, Text::tr("reading the history of an improvement action"));
    if (!q)
        return q.error();
    QList<HistoryEntry> out;
    while ((*q)->next()) {
        const QSqlQuery& s = **q;
        out << HistoryEntry{s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toString(),
                            s.value(3).toString(),   s.value(4).toString(), s.value(5).toString()};
    }
    (*q)->finish();
    return out;
}

} // namespace ingot
