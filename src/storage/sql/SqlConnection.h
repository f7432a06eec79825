#pragma once

#include "core/common/Result.h"
#include "storage/sql/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlError;

namespace ingot {

// One named QSqlDatabase connection, a cache of prepared statements and write transactions: what the
// repositories of storage/sql see of a backend. SqliteConnection and PostgresConnection open it and
// add what only their backend has (pragmas, native handle, session settings, error codes).
// Belongs to the thread that opened it (Qt's rule for QSqlDatabase).
class SqlConnection {
public:
    virtual ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    const SqlDialect& dialect() const { return m_dialect; }
    QSqlDatabase& database() { return m_db; }

    // A prepared statement for `sql`, prepared once per connection and reused.
    Result<QSqlQuery*> prepared(const QString& sql);
    // Runs one statement without parameters.
    Status exec(const QString& sql);
    Result<QVariant> scalar(const QString& sql);
    // Runs several statements separated by semicolons (migration scripts, triggers included).
    virtual Status execScript(const QString& script) = 0;

    // Runs `work` in one write transaction; nested calls join the outermost one, which commits or
    // rolls back.
    Status write(const std::function<Status()>& work);
    bool inTransaction() const { return m_writeDepth > 0; }
    // Counts outermost write transactions: state that lives for one transaction only (bulk loads)
    // keeps the serial it began in, so a rolled-back transaction's state is never used by the next one.
    quint64 transactionSerial() const { return m_transactions; }
    // Whether `serial` (a transactionSerial() kept earlier) names the write transaction still open.
    bool inTransactionOf(const std::optional<quint64>& serial) const
    {
        return serial && inTransaction() && *serial == m_transactions;
    }

    // Runs `work`, which only reads (and may fill the connection's temporary tables), in one read
    // transaction, so that its statements see one moment of a database other desks keep writing
    // (dialect's beginSnapshot). Inside a write transaction it joins that one: its snapshot already is.
    // `doing` names the work in the message of a failed start or end.
    Status readSnapshot(const std::function<Status()>& work, const QString& doing);

    // A message for people from a failed query; the raw driver text goes to the log.
    Error errorFrom(const QSqlQuery& query, const QString& doing) const;
    Error errorFrom(const QSqlError& error, const QString& doing) const { return describe(error, doing); }

protected:
    SqlConnection(QSqlDatabase db, QString connectionName, const SqlDialect& dialect);
    // The backend's error codes turned into the kinds of Error (busy and full are refused, broken
    // rules bad input, the rest internal).
    virtual Error describe(const QSqlError& error, const QString& doing) const = 0;

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    const SqlDialect& m_dialect;
    QHash<QString, QSqlQuery*> m_statements;
    int m_writeDepth = 0;
    quint64 m_transactions = 0;
};

// Runs a prepared query with its bound values; the caller reads the rows and finishes the query.
Status execPrepared(SqlConnection& c, QSqlQuery& q, const QString& doing);

}  // namespace ingot
