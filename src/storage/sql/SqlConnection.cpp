#include "storage/sql/SqlConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
}  // namespace

SqlConnection::SqlConnection(QSqlDatabase db, QString connectionName, const SqlDialect& dialect)
    : m_db(std::move(db)), m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

SqlConnection::~SqlConnection()
{
    for (QSqlQuery* q : std::as_const(m_statements))
        delete q;
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QSqlQuery*> SqlConnection::prepared(const QString& sql)
{
    if (auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return *it;
    auto* q = new QSqlQuery(m_db);
    if (!q->prepare(sql)) {
        Error e = errorFrom(*q, Text::tr("preparing a statement"));
        spdlog::error("prepare failed: {} -- {}", q->lastError().text().toStdString(), sql.toStdString());
        delete q;
        return e;
    }
    m_statements.insert(sql, q);
    return q;
}

Status SqlConnection::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q, sql.section(QLatin1Char(' '), 0, 1));
    return success();
}

Result<QVariant> SqlConnection::scalar(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q, Text::tr("reading the database"));
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

Status SqlConnection::write(const std::function<Status()>& work)
{
    if (m_writeDepth > 0) {  // nested: the outermost transaction commits or rolls back
        ++m_writeDepth;
        Status st = work();
        --m_writeDepth;
        return st;
    }
    if (auto st = exec(m_dialect.beginWrite()); !st)
        return st;
    ++m_transactions;
    ++m_writeDepth;
    Status st = work();
    --m_writeDepth;
    // Statements left open would keep the transaction's snapshot alive.
    for (QSqlQuery* q : std::as_const(m_statements))
        q->finish();
    if (!st) {
        if (auto rb = exec(m_dialect.rollback()); !rb)
            spdlog::error("rollback failed: {}", rb.error().message.toStdString());
        return st;
    }
    if (auto c = exec(m_dialect.commit()); !c) {
        (void)exec(m_dialect.rollback());
        return c;
    }
    return success();
}

Status SqlConnection::readSnapshot(const std::function<Status()>& work, const QString& doing)
{
    if (inTransaction())
        return work();
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.beginSnapshot()))
        return errorFrom(q, doing);
    Status st = work();
    if (!q.exec(st ? m_dialect.commit() : m_dialect.rollback()) && st)
        return errorFrom(q, doing);
    return st;
}

Error SqlConnection::errorFrom(const QSqlQuery& query, const QString& doing) const
{
    return describe(query.lastError(), doing);
}

Status execPrepared(SqlConnection& c, QSqlQuery& q, const QString& doing)
{
    if (!q.exec())
        return c.errorFrom(q, doing);
    return success();
}

}  // namespace ingot
