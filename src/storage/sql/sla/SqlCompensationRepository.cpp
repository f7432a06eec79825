#include "storage/sql/sla/SqlCompensationRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"
#include "storage/sql/sla/SqlIdBatches.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT id, ticket_id, order_value_fen, overrun_seconds, rate_bp, cap_bp, credit_fen, final, status, created_at, "
    "updated_at, decided_by, decided_at, note FROM sla_compensations ");

CompensationSuggestion fromRow(const QSqlQuery& q)
{
    CompensationSuggestion c;
    c.id = q.value(0).toLongLong();
    c.ticketId = q.value(1).toLongLong();
    c.orderValueFen = q.value(2).toLongLong();
    c.overrunSeconds = q.value(3).toLongLong();
    c.rule.rateBp = q.value(4).toLongLong();
    c.rule.capBp = q.value(5).toLongLong();
    c.creditFen = q.value(6).toLongLong();
    c.final = q.value(7).toInt() != 0;
    c.status = parseCompensationStatus(q.value(8).toString()).value_or(CompensationStatus::Suggested);
    c.createdAt = q.value(9).toLongLong();
    c.updatedAt = q.value(10).toLongLong();
    c.decidedBy = q.value(11).toString();
    c.decidedAt = optionalInt(q.value(12));
    c.note = q.value(13).toString();
    return c;
}
} // namespace

Result<CompensationRule> SqlCompensationRepository::rule()
{
    auto q = m_c.prepared(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                         "('compensation.rate_bp', 'compensation.cap_bp')"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("reading the compensation rule")); !st)
        return st.error();
    CompensationRule rule;
    while (s.next()) {
        bool ok = false;
        const qint64 v = s.value(1).toString().trimmed().toLongLong(&ok);
        if (!ok)
            continue; // validated below through the defaults
        if (s.value(0).toString() == QLatin1String("compensation.rate_bp"))
            rule.rateBp = v;
        else
            rule.capBp = v;
    }
    s.finish();
    if (auto st = rule.validate(); !st)
        return st.error();
    return rule;
}

Result<std::optional<CompensationSuggestion>> SqlCompensationRepository::forTicket(qint64 ticketId)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE ticket_id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(ticketId);
    if (auto st = execPrepared(m_c, s, Text::tr("reading a compensation suggestion")); !st)
        return st.error();
    std::optional<CompensationSuggestion> out;
    if (s.next())
        out = fromRow(s);
    s.finish();
    return out;
}

Result<QHash<qint64, CompensationSuggestion>> SqlCompensationRepository::forTickets(const QList<qint64>& ticketIds)
{
    QHash<qint64, CompensationSuggestion> out;
    auto st = SqlIdBatches::run(m_c, kSelect + QStringLiteral("WHERE ticket_id IN (%1)"), ticketIds,
                                   Text::tr("reading compensation suggestions"), [&](const QSqlQuery& q) {
                                       CompensationSuggestion c = fromRow(q);
                                       out.insert(c.ticketId, c);
                                   });
    if (!st)
        return st.error();
    return out;
}

Status SqlCompensationRepository::save(CompensationSuggestion& c)
{
    const QStringList columns{
        QStringLiteral("ticket_id"),  QStringLiteral("order_value_fen"), QStringLiteral("overrun_seconds"),
        QStringLiteral("rate_bp"),    QStringLiteral("cap_bp"),          QStringLiteral("credit_fen"),
        QStringLiteral("final"),      QStringLiteral("status"),          QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("decided_by"),      QStringLiteral("decided_at"),
        QStringLiteral("note")};
    auto q =
        m_c.prepared(m_c.dialect().upsert(QStringLiteral("sla_compensations"), columns, {QStringLiteral("ticket_id")}) +
                     QStringLiteral(" RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(QStringLiteral(":ticket_id"), c.ticketId);
    s.bindValue(QStringLiteral(":order_value_fen"), c.orderValueFen);
    s.bindValue(QStringLiteral(":overrun_seconds"), c.overrunSeconds);
    s.bindValue(QStringLiteral(":rate_bp"), c.rule.rateBp);
    s.bindValue(QStringLiteral(":cap_bp"), c.rule.capBp);
    s.bindValue(QStringLiteral(":credit_fen"), c.creditFen);
    s.bindValue(QStringLiteral(":final"), c.final ? 1 : 0);
    s.bindValue(QStringLiteral(":status"), compensationStatusKey(c.status));
    s.bindValue(QStringLiteral(":created_at"), c.createdAt);
    s.bindValue(QStringLiteral(":updated_at"), c.updatedAt);
    s.bindValue(QStringLiteral(":decided_by"), text(c.decidedBy));
    s.bindValue(QStringLiteral(":decided_at"), nullable(c.decidedAt));
    s.bindValue(QStringLiteral(":note"), text(c.note));
    if (auto st = execPrepared(m_c, s, Text::tr("saving a compensation suggestion")); !st)
        return st;
    if (s.next())
        c.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Result<qint64> SqlCompensationRepository::count(std::optional<CompensationStatus> status)
{
    auto q = m_c.prepared(QStringLiteral("SELECT count(*) FROM sla_compensations WHERE CAST(? AS TEXT) IS NULL OR status = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    const QVariant key = status ? QVariant(compensationStatusKey(*status)) : QVariant(QMetaType(QMetaType::QString));
    s.addBindValue(key);
    s.addBindValue(key);
    if (auto st = execPrepared(m_c, s, Text::tr("counting compensation suggestions")); !st)
        return st.error();
    const qint64 n = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    return n;
}

} // namespace ingot
