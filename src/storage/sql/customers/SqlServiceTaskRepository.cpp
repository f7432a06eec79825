#include "storage/sql/customers/SqlServiceTaskRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.kind, s.topic, c.code, c.name, s.owner, s.due_date, s.status, s.note, s.created_at, s.done_at "
    "FROM service_tasks s JOIN customers c ON c.id = s.customer_id ");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

ServiceTask fromRow(const QSqlQuery& q)
{
    ServiceTask t;
    t.id = q.value(0).toLongLong();
    t.kind = parseServiceTaskKind(q.value(1).toString()).value_or(ServiceTaskKind::FollowUpVisit);
    t.topic = q.value(2).toString();
    t.customerCode = q.value(3).toString();
    t.customerName = q.value(4).toString();
    t.owner = q.value(5).toString();
    t.dueDate = QDate::fromString(q.value(6).toString(), kDateFormat);
    t.status = parseServiceTaskStatus(q.value(7).toString()).value_or(ServiceTaskStatus::Open);
    t.note = q.value(8).toString();
    t.createdAt = q.value(9).toLongLong();
    t.doneAt = optionalInt(q.value(10));
    return t;
}
} // namespace

Result<bool> SqlServiceTaskRepository::insertIfNew(ServiceTask& t)
{
    auto q = m_c.prepared(QStringLiteral(
        "INSERT INTO service_tasks (kind, topic, customer_id, owner, due_date, status, note, created_at) "
        "SELECT ?, ?, id, ?, ?, ?, ?, ? FROM customers WHERE code = ? "
        "ON CONFLICT (kind, customer_id, topic, due_date) DO NOTHING RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(serviceTaskKindKey(t.kind));
    s.addBindValue(text(t.topic));
    s.addBindValue(text(t.owner));
    s.addBindValue(t.dueDate.toString(kDateFormat));
    s.addBindValue(serviceTaskStatusKey(t.status));
    s.addBindValue(text(t.note));
    s.addBindValue(t.createdAt);
    s.addBindValue(t.customerCode);
    if (auto st = execPrepared(m_c, s, Text::tr("saving a service task of %1").arg(t.customerCode)); !st)
        return st.error();
    const bool inserted = s.next();
    if (inserted)
        t.id = s.value(0).toLongLong();
    s.finish();
    return inserted;
}

Result<QList<ServiceTask>> SqlServiceTaskRepository::list(const ServiceTaskQuery& query)
{
    QStringList where;
    QVariantList values;
    if (!query.owner.isEmpty()) {
        where << QStringLiteral("s.owner = ?");
        values << query.owner;
    }
    if (!query.customerCode.isEmpty()) {
        where << QStringLiteral("s.customer_id = (SELECT id FROM customers WHERE code = ?)");
        values << query.customerCode;
    }
    if (query.openOnly)
        where << QStringLiteral("s.status = 'open'");
    if (query.dueFrom) {
        where << QStringLiteral("s.due_date >= ?");
        values << query.dueFrom->toString(kDateFormat);
    }
    if (query.dueTo) {
        where << QStringLiteral("s.due_date <= ?");
        values << query.dueTo->toString(kDateFormat);
    }
    auto q = m_c.prepared(
        kSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY s.due_date, c.code, s.id LIMIT ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (const QVariant& v : values)
        s.addBindValue(v);
    s.addBindValue(query.limit);
    if (auto st = execPrepared(m_c, s, Text::tr("reading service tasks")); !st)
        return st.error();
    QList<ServiceTask> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

Result<ServiceTask> SqlServiceTaskRepository::find(qint64 id)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE s.id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(id);
    if (auto st = execPrepared(m_c, s, Text::tr("reading a service task")); !st)
        return st.error();
    if (!s.next())
        return Error::notFound(Text::tr("no service task %1").arg(id));
    ServiceTask t = fromRow(s);
    s.finish();
    return t;
}

Status SqlServiceTaskRepository::finish(qint64 id, ServiceTaskStatus status, qint64 at, const QString& note)
{
    auto q = m_c.prepared(QStringLiteral("UPDATE service_tasks SET status = ?, done_at = ?, note = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(serviceTaskStatusKey(status));
    s.addBindValue(status == ServiceTaskStatus::Open ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(at));
    s.addBindValue(text(note));
    s.addBindValue(id);
    if (auto st = execPrepared(m_c, s, Text::tr("saving a service task")); !st)
        return st;
    const bool found = s.numRowsAffected() == 1;
    s.finish();
    if (!found)
        return Error::notFound(Text::tr("no service task %1").arg(id));
    return success();
}

} // namespace ingot
