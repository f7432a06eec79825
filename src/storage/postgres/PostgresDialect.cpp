#include "storage/postgres/PostgresDialect.h"

namespace ingot {

const PostgresDialect& PostgresDialect::instance()
{
    static const PostgresDialect dialect;
    return dialect;
}

QString PostgresDialect::greatest(const QString& a, const QString& b) const
{
    return QStringLiteral("GREATEST(%1, %2)").arg(a, b);
}

QString PostgresDialect::isDistinct(const QString& a, const QString& b) const
{
    return QStringLiteral("%1 IS DISTINCT FROM %2").arg(a, b);
}

QString PostgresDialect::likeIgnoringCase(const QString& column) const
{
    return column + QStringLiteral(" ILIKE ? ESCAPE '\\'");
}

QString PostgresDialect::lockForAppend(const QString& table) const
{
    return QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table);
}

QString PostgresDialect::total(const QString& expression) const
{
    return QStringLiteral("coalesce(sum(%1), 0.0)").arg(expression);
}

QStringList PostgresDialect::connectionSettings()
{
    return {
        // Instants are epoch seconds, but messages and logs of the server read better in the desk's zone.
        QStringLiteral("SET TIME ZONE 'Asia/Shanghai'"),
        QStringLiteral("SET client_encoding = 'UTF8'"),
        // A desk waiting for a row another desk holds gives up with a message instead of hanging.
        QStringLiteral("SET lock_timeout = '5s'"),
        QStringLiteral("SET client_min_messages = warning"),
        // The desk's reads walk indexes: a ticket's history, a report cohort's events, a page of the
        // queue. The default cost of a random page (4, for spinning disks) makes the planner read all
        // 9 million events of a 1M-ticket desk instead of 85,000 look-ups (1.6 s against 0.3 s for
        // the month's report); 1.1 is the usual value for SSD-backed servers. For this session only.
        QStringLiteral("SET random_page_cost = 1.1"),
        // JIT pays off for long analytic scans, not for statements of a few hundred milliseconds: it
        // spent 187 ms compiling the report's 320 ms cohort statement.
        QStringLiteral("SET jit = off"),
    };
}

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

}  // namespace ingot
