#include "storage/sql/quality/SqlQualityFactsRepository.h"

#include "storage/sql/SqlRows.h"
#include "storage/sql/quality/QualitySql.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<QList<TicketFact>> SqlQualityFactsRepository::ticketFacts(qint64 from, qint64 to)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT t.ticket_no, c.code, t.batch_no, t.region, t.category, "
                                             "t.reported_at FROM tickets t JOIN customers c ON c.id = t.customer_id "
                                             "WHERE t.reported_at BETWEEN ? AND ? AND t.stage <> 'cancelled' "
                                             "ORDER BY t.reported_at, t.ticket_no"),
                              {from, to}, Text::tr("reading tickets for recurrence detection"));
    if (!q)
        return q.error();
    QList<TicketFact> out;
    while ((*q)->next()) {
        const QSqlQuery& s = **q;
        TicketFact f;
        f.number = s.value(0).toString();
        f.customerCode = s.value(1).toString();
        f.batchNo = s.value(2).toString();
        f.region = parseRegion(s.value(3).toString()).value_or(Region::East);
        f.category = parseCategory(s.value(4).toString()).value_or(Category::Other);
        f.reportedAt = s.value(5).toLongLong();
        out << f;
    }
    (*q)->finish();
    return out;
}

Result<QList<QualityFactsRepository::Delivery>> SqlQualityFactsRepository::deliveries(const QString& batchNo)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT o.order_no, c.code, c.name, c.region, o.grade, o.quantity_t, "
                                             "o.delivered_at FROM orders o JOIN customers c ON c.id = o.customer_id "
                                             "WHERE o.batch_no = ? ORDER BY o.delivered_at, o.order_no"),
                              {batchNo}, Text::tr("tracing a batch"));
    if (!q)
        return q.error();
    QList<Delivery> out;
    while ((*q)->next()) {
        const QSqlQuery& s = **q;
        out << Delivery{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(),  s.value(3).toString(),
                        s.value(4).toString(), s.value(5).toDouble(), optionalInt(s.value(6))};
    }
    (*q)->finish();
    return out;
}

Result<QList<QualityFactsRepository::BatchTicket>> SqlQualityFactsRepository::ticketsForBatch(const QString& batchNo)
{
    // A ticket names its batch itself, or through its order.
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT t.ticket_no, c.code, c.name, t.category, t.stage, t.title, "
                                             "t.reported_at FROM tickets t JOIN customers c ON c.id = t.customer_id "
                                             "WHERE t.batch_no = ? OR t.order_id IN (SELECT id FROM orders WHERE "
                                             "batch_no = ?) ORDER BY t.reported_at, t.ticket_no"),
                              {batchNo, batchNo}, Text::tr("tracing a batch"));
    if (!q)
        return q.error();
    QList<BatchTicket> out;
    while ((*q)->next()) {
        const QSqlQuery& s = **q;
        BatchTicket b;
        b.number = s.value(0).toString();
        b.customerCode = s.value(1).toString();
        b.customerName = s.value(2).toString();
        b.category = parseCategory(s.value(3).toString()).value_or(Category::Other);
        b.stage = s.value(4).toString();
        b.title = s.value(5).toString();
        b.reportedAt = s.value(6).toLongLong();
        out << b;
    }
    (*q)->finish();
    return out;
}

Result<QStringList> SqlQualityFactsRepository::complaintTexts(qint64 from, qint64 to)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT title, description FROM tickets WHERE reported_at BETWEEN ? AND ? "
                                             "AND stage <> 'cancelled' ORDER BY reported_at, id"),
                              {from, to}, Text::tr("reading complaint texts"));
    if (!q)
        return q.error();
    QStringList out;
    while ((*q)->next())
        out << (*q)->value(0).toString() + QLatin1Char('\n') + (*q)->value(1).toString();
    (*q)->finish();
    return out;
}

Result<QSet<QString>> SqlQualityFactsRepository::stopWords()
{
    auto q = quality_sql::run(m_c, QStringLiteral("SELECT word FROM stop_words"), {}, Text::tr("reading stop words"));
    if (!q)
        return q.error();
    QSet<QString> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString());
    (*q)->finish();
    return out;
}

Status SqlQualityFactsRepository::addStopWord(const QString& word)
{
    return quality_sql::exec(m_c, QStringLiteral("INSERT INTO stop_words (word) VALUES (?) ON CONFLICT DO NOTHING"),
                             {word.trimmed().toLower()}, Text::tr("adding a stop word"));
}

} // namespace ingot
