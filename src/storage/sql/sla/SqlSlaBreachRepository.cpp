#include "storage/sql/sla/SqlSlaBreachRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"
#include "storage/sql/sla/SqlIdBatches.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect =
    QStringLiteral("SELECT id, ticket_id, metric, breached_at, recorded_at, overrun_seconds FROM sla_breaches ");

SlaBreach fromRow(const QSqlQuery& q)
{
    SlaBreach b;
    b.id = q.value(0).toLongLong();
    b.ticketId = q.value(1).toLongLong();
    b.metric = parseSlaMetric(q.value(2).toString()).value_or(SlaMetric::Response);
    b.breachedAt = q.value(3).toLongLong();
    b.recordedAt = q.value(4).toLongLong();
    b.overrunSeconds = optionalInt(q.value(5));
    return b;
}
} // namespace

Result<bool> SqlSlaBreachRepository::insert(SlaBreach& b)
{
    // The UNIQUE (ticket_id, metric) key is what makes "recorded once" hold even for two sweeps racing.
    auto q = m_c.prepared(QStringLiteral("INSERT INTO sla_breaches (ticket_id, metric, breached_at, recorded_at, "
                                         "overrun_seconds) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT(ticket_id, metric) DO NOTHING RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(b.ticketId);
    s.addBindValue(slaMetricKey(b.metric));
    s.addBindValue(b.breachedAt);
    s.addBindValue(b.recordedAt);
    s.addBindValue(nullable(b.overrunSeconds));
    if (auto st = execPrepared(m_c, s, Text::tr("recording an SLA breach")); !st)
        return st.error();
    const bool added = s.next();  // a row comes back only when it was inserted
    if (added)
        b.id = s.value(0).toLongLong();
    s.finish();
    return added;
}

Status SqlSlaBreachRepository::setOverrun(qint64 ticketId, SlaMetric metric, qint64 overrunSeconds)
{
    auto q =
        m_c.prepared(QStringLiteral("UPDATE sla_breaches SET overrun_seconds = ? WHERE ticket_id = ? AND metric = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(overrunSeconds);
    s.addBindValue(ticketId);
    s.addBindValue(slaMetricKey(metric));
    auto st = execPrepared(m_c, s, Text::tr("recording an SLA breach"));
    s.finish();
    return st;
}

Result<QList<SlaBreach>> SqlSlaBreachRepository::forTicket(qint64 ticketId)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE ticket_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(ticketId);
    if (auto st = execPrepared(m_c, s, Text::tr("reading SLA breaches")); !st)
        return st.error();
    QList<SlaBreach> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

Result<QHash<qint64, QList<SlaBreach>>> SqlSlaBreachRepository::forTickets(const QList<qint64>& ticketIds)
{
    QHash<qint64, QList<SlaBreach>> out;
    auto st = SqlIdBatches::run(m_c, kSelect + QStringLiteral("WHERE ticket_id IN (%1) ORDER BY id"), ticketIds,
                                   Text::tr("reading SLA breaches"), [&](const QSqlQuery& q) {
                                       SlaBreach b = fromRow(q);
                                       out[b.ticketId] << b;
                                   });
    if (!st)
        return st.error();
    return out;
}

Result<qint64> SqlSlaBreachRepository::count()
{
    auto v = m_c.scalar(QStringLiteral("SELECT count(*) FROM sla_breaches"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace ingot
