#include "storage/postgres/PostgresDialect.h"

namespace ingot {

QString PostgresDialect::beginWrite() { return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"); }
QString PostgresDialect::commit() { return QStringLiteral("COMMIT"); }
QString PostgresDialect::rollback() { return QStringLiteral("ROLLBACK"); }

QStringList PostgresDialect::connectionSettings()
{
    return {
        // Instants are epoch seconds, but messages and logs of the server read better in the desk's zone.
        QStringLiteral("SET TIME ZONE 'Asia/Shanghai'"),
        QStringLiteral("SET client_encoding = 'UTF8'"),
        // A desk waiting for a row another desk holds gives up with a message instead of hanging.
        QStringLiteral("SET lock_timeout = '5s'"),
        QStringLiteral("SET client_min_messages = warning"),
    };
}

QString PostgresDialect::upsert(const QString& table, const QStringList& columns, const QStringList& keys)
{
    QStringList placeholders, updates;
    for (const QString& c : columns) {
        placeholders << QLatin1Char(':') + c;
        if (!keys.contains(c))
            updates << c + QStringLiteral(" = excluded.") + c;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")),
             keys.join(QLatin1String(", ")), updates.join(QLatin1String(", ")));
}

QString PostgresDialect::greatest(const QString& a, const QString& b)
{
    return QStringLiteral("GREATEST(%1, %2)").arg(a, b);
}

QString PostgresDialect::returningId() { return QStringLiteral(" RETURNING id"); }

QString PostgresDialect::schemaState()
{
    return QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL, "
                          "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())");
}

QString PostgresDialect::createSchemaTable()
{
    return QStringLiteral("CREATE TABLE schema_version (application TEXT NOT NULL, version INTEGER NOT NULL); "
                          "INSERT INTO schema_version (application, version) VALUES ('%1', 0)")
        .arg(QLatin1String(kApplication));
}

QString PostgresDialect::schemaVersionQuery()
{
    return QStringLiteral("SELECT application, version FROM schema_version");
}

QString PostgresDialect::setSchemaVersion(int version)
{
    return QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
}

QString PostgresDialect::migrationLock()
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey);
}

QString PostgresDialect::likeEscaped(const QString& column)
{
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString PostgresDialect::likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

}  // namespace ingot
