#include "storage/sql/SqlOrderRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.order_no, c.code, o.grade, o.batch_no, o.quantity_t, o.value_fen, o.ordered_at, o.delivered_at "
    "FROM orders o JOIN customers c ON c.id = o.customer_id ");

Order fromRow(const QSqlQuery& q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.orderNo = q.value(1).toString();
    o.customerCode = q.value(2).toString();
    o.grade = q.value(3).toString();
    o.batchNo = q.value(4).toString();
    o.quantityT = q.value(5).toDouble();
    o.valueFen = q.value(6).toLongLong();
    o.orderedAt = optionalInt(q.value(7));
    o.deliveredAt = optionalInt(q.value(8));
    return o;
}
}  // namespace

Status SqlOrderRepository::upsert(Order& order)
{
    auto q = m_c.prepared(QStringLiteral(
        "INSERT INTO orders (order_no, customer_id, grade, batch_no, quantity_t, value_fen, ordered_at, delivered_at) "
        "VALUES (?, (SELECT id FROM customers WHERE code = ?), ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(order_no) DO UPDATE SET customer_id = excluded.customer_id, grade = excluded.grade, "
        "batch_no = excluded.batch_no, quantity_t = excluded.quantity_t, value_fen = excluded.value_fen, "
        "ordered_at = excluded.ordered_at, delivered_at = excluded.delivered_at RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(order.orderNo);
    s.addBindValue(order.customerCode);
    s.addBindValue(order.grade);
    s.addBindValue(order.batchNo);
    s.addBindValue(order.quantityT);
    s.addBindValue(order.valueFen);
    s.addBindValue(nullable(order.orderedAt));
    s.addBindValue(nullable(order.deliveredAt));
    if (auto st = execPrepared(m_c, s, QStringLiteral("saving order %1").arg(order.orderNo)); !st)
        return st;
    if (s.next())
        order.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Result<Order> SqlOrderRepository::findByNumber(const QString& orderNo)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE o.order_no = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(orderNo);
    if (auto st = execPrepared(m_c, s, QStringLiteral("reading order")); !st)
        return st.error();
    if (!s.next())
        return Error::notFound(QCoreApplication::translate("Storage", "no order with number '%1'").arg(orderNo));
    Order o = fromRow(s);
    s.finish();
    return o;
}

Result<QList<Order>> SqlOrderRepository::forCustomer(const QString& customerCode)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE c.code = ? ORDER BY o.delivered_at DESC, o.order_no DESC"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(customerCode);
    if (auto st = execPrepared(m_c, s, QStringLiteral("reading orders")); !st)
        return st.error();
    QList<Order> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

}  // namespace ingot
