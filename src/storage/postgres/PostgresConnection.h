#pragma once

#include "core/common/Result.h"
#include "storage/postgres/PostgresSettings.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace ingot {

// One named QPSQL connection with the session settings, a cache of prepared statements and write
// transactions: the PostgreSQL counterpart of SqliteConnection, with the same rules (it belongs to
// the thread that opened it; writes nest, the outermost commits).
class PostgresConnection final {
public:
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    static Result<std::unique_ptr<PostgresConnection>> open(const PostgresSettings& settings);
    Status configure();

    QString name() const { return m_settings.displayName(); }
    QSqlDatabase& database() { return m_db; }

    Result<QSqlQuery*> prepared(const QString& sql);
    Status exec(const QString& sql);
    Result<QVariant> scalar(const QString& sql);
    // Several statements in one round trip (migration scripts, function bodies included).
    Status execScript(const QString& script);

    Status write(const std::function<Status()>& work);
    bool inTransaction() const { return m_writeDepth > 0; }

    Error errorFrom(const QSqlQuery& query, const QString& doing) const;
    Error errorFrom(const QSqlError& error, const QString& doing) const;

private:
    PostgresConnection(QSqlDatabase db, QString connectionName, PostgresSettings settings);

    QSqlDatabase m_db;
    QString m_connectionName;
    PostgresSettings m_settings;
    QHash<QString, QSqlQuery*> m_statements;
    int m_writeDepth = 0;
};

Status execPrepared(PostgresConnection& c, QSqlQuery& q, const QString& doing);

}  // namespace ingot
