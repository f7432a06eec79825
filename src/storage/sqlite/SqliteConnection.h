#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace ingot {

// One named QSqlDatabase connection with the pragmas set, a cache of prepared statements, and
// write transactions. Belongs to the thread that opened it.
class SqliteConnection final {
public:
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Opens the file without changing it (no pragma that writes): the caller checks the schema
    // version before configure() switches to WAL.
    static Result<std::unique_ptr<SqliteConnection>> open(const QString& path, bool create, bool readOnly);
    Status configure();

    const QString& path() const { return m_path; }
    QSqlDatabase& database() { return m_db; }
    sqlite3* handle() const;

    // A prepared statement for `sql`, prepared once per connection and reused.
    Result<QSqlQuery*> prepared(const QString& sql);
    // Runs one statement without parameters.
    Status exec(const QString& sql);
    Result<QVariant> scalar(const QString& sql);
    // Runs several statements separated by semicolons (migration scripts, triggers included).
    Status execScript(const QString& script);

    Status write(const std::function<Status()>& work);
    bool inTransaction() const { return m_writeDepth > 0; }

    // A message for people from a failed query; the raw driver text goes to the log.
    Error errorFrom(const QSqlQuery& query, const QString& doing) const;
    Error errorFrom(const QSqlError& error, const QString& doing) const;

private:
    SqliteConnection(QSqlDatabase db, QString name, QString path);

    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
    QHash<QString, QSqlQuery*> m_statements;
    int m_writeDepth = 0;
};

// Runs a prepared query with positional values; the query is finished after the caller reads it.
Status execPrepared(SqliteConnection& c, QSqlQuery& q, const QString& doing);

}  // namespace ingot
