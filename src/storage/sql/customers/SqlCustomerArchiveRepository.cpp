#include "storage/sql/customers/SqlCustomerArchiveRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<QList<CustomerTicketLine>> SqlCustomerArchiveRepository::tickets(const QString& customerCode)
{
    // One pass over the tickets_customer index; the breach flag is an index probe per ticket.
    auto q = m_c.prepared(QStringLiteral(
        "SELECT t.id, t.ticket_no, t.reported_at, t.category, t.priority, t.stage, t.assignee, t.title, o.order_no, "
        "t.batch_no, t.survey_score, t.reopen_count, t.last_resolved_at, t.closed_at, "
        "EXISTS (SELECT 1 FROM sla_breaches b WHERE b.ticket_id = t.id) "
        "FROM tickets t LEFT JOIN orders o ON o.id = t.order_id "
        "WHERE t.customer_id = (SELECT id FROM customers WHERE code = ?) ORDER BY t.reported_at DESC, t.id DESC"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(customerCode);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the customer's tickets")); !st)
        return st.error();
    QList<CustomerTicketLine> out;
    while (s.next()) {
        CustomerTicketLine t;
        t.id = s.value(0).toLongLong();
        t.number = s.value(1).toString();
        t.reportedAt = s.value(2).toLongLong();
        t.category = parseCategory(s.value(3).toString()).value_or(Category::Other);
        t.priority = parsePriority(s.value(4).toString()).value_or(Priority::P3);
        t.stage = parseStage(s.value(5).toString()).value_or(Stage::Reported);
        t.assignee = s.value(6).toString();
        t.title = s.value(7).toString();
        t.orderNo = s.value(8).toString();
        t.batchNo = s.value(9).toString();
        if (!s.value(10).isNull())
            t.surveyScore = s.value(10).toInt();
        t.reopenCount = s.value(11).toInt();
        t.resolvedAt = optionalInt(s.value(12));
        t.closedAt = optionalInt(s.value(13));
        t.breached = s.value(14).toInt() != 0;
        out << t;
    }
    s.finish();
    return out;
}

Result<QList<SurveyPoint>> SqlCustomerArchiveRepository::surveys(const QString& customerCode)
{
    auto q = m_c.prepared(QStringLiteral(
        "SELECT e.at, e.value, t.ticket_no FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id "
        "WHERE t.customer_id = (SELECT id FROM customers WHERE code = ?) AND e.action = 'survey' ORDER BY e.at, e.id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(customerCode);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the customer's surveys")); !st)
        return st.error();
    QList<SurveyPoint> out;
    while (s.next())
        out << SurveyPoint{s.value(0).toLongLong(), s.value(1).toInt(), s.value(2).toString()};
    s.finish();
    return out;
}

Result<QHash<QString, OrderTotals>> SqlCustomerArchiveRepository::orderTotals(qint64 from, qint64 to)
{
    auto q = m_c.prepared(QStringLiteral(
        "SELECT c.code, count(*), %1 FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE coalesce(o.ordered_at, o.delivered_at) >= ? AND coalesce(o.ordered_at, o.delivered_at) < ? "
        "GROUP BY c.code").arg(m_c.dialect().total(QStringLiteral("o.quantity_t"))));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(from);
    s.addBindValue(to);
    if (auto st = execPrepared(m_c, s, Text::tr("summing orders")); !st)
        return st.error();
    QHash<QString, OrderTotals> out;
    while (s.next())
        out.insert(s.value(0).toString(), OrderTotals{s.value(1).toInt(), s.value(2).toDouble()});
    s.finish();
    return out;
}

Result<QHash<QString, int>> SqlCustomerArchiveRepository::openLoad()
{
    auto q =
        m_c.prepared(QStringLiteral("SELECT assignee, count(*) FROM tickets WHERE stage IN (%1) AND assignee <> '' "
                                    "GROUP BY assignee")
                         .arg(openStagesSqlList()));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("counting open tickets per technician")); !st)
        return st.error();
    QHash<QString, int> out;
    while (s.next())
        out.insert(s.value(0).toString(), s.value(1).toInt());
    s.finish();
    return out;
}

} // namespace ingot
