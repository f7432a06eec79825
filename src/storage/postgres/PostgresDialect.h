#pragma once

#include <QString>
#include <QStringList>

namespace ingot {

// Every PostgreSQL-specific piece of SQL, beside sqlite/SqlDialect: the repositories on PostgreSQL
// take their differences from here and otherwise run the same statements as on SQLite.
class PostgresDialect final {
public:
    // Read committed: a stale edit is caught by the row version (UPDATE ... AND version = ?), which
    // re-reads the row after a concurrent writer commits; no serialization retries needed.
    static QString beginWrite();
    static QString commit();
    static QString rollback();
    // Session settings run on every new connection.
    static QStringList connectionSettings();
    // "INSERT ... ON CONFLICT(keys) DO UPDATE SET c = excluded.c, ..." (the same as SQLite 3.24+).
    static QString upsert(const QString& table, const QStringList& columns, const QStringList& keys);
    // The larger of two values: GREATEST on PostgreSQL, max(a, b) on SQLite.
    static QString greatest(const QString& a, const QString& b);
    // An INSERT that reports the new row's id: QPSQL's lastInsertId() reads OIDs, which tables have
    // not had since PostgreSQL 12.
    static QString returningId();
    // Schema bookkeeping: a one-row table instead of SQLite's PRAGMA user_version/application_id.
    // Whether schema_version exists, and how many tables there are, read in one snapshot: read
    // apart, a desk migrating at the same moment could commit in between.
    static QString schemaState();
    static QString createSchemaTable();
    static QString schemaVersionQuery();
    static QString setSchemaVersion(int version);
    // Serialises migrations of desks that start at the same time on an empty database.
    static QString migrationLock();
    static constexpr const char* kApplication = "IngotDesk";
    static constexpr qint64 kMigrationLockKey = 0x496E6744;  // "IngD", as SQLite's application_id
    // LIKE with an escape character for user text matched as a substring.
    static QString likeEscaped(const QString& column);
    static QString likePattern(const QString& text);
};

}  // namespace ingot
