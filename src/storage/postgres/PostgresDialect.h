#pragma once

#include "storage/sql/SqlDialect.h"

#include <QString>
#include <QStringList>

namespace ingot {

// PostgreSQL's side of SqlDialect, and the SQL that only PostgreSQL has: session settings, the schema
// bookkeeping table and the migration lock.
class PostgresDialect final : public SqlDialect {
public:
    static const PostgresDialect& instance();

    Backend backend() const override { return Backend::Postgres; }
    // Read committed: a stale edit is caught by the row version (UPDATE ... AND version = ?), which
    // re-reads the row after a concurrent writer commits; no serialization retries needed.
    QString beginWrite() const override { return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"); }
    QString greatest(const QString& a, const QString& b) const override;
    QString isDistinct(const QString& a, const QString& b) const override;
    // ILIKE: PostgreSQL's LIKE is case-sensitive, SQLite's is not for ASCII letters (ILIKE also folds
    // other scripts' letters; Chinese has no case).
    QString likeIgnoringCase(const QString& column) const override;
    // SHARE ROW EXCLUSIVE conflicts with itself and with every write, not with plain reads.
    QString lockForAppend(const QString& table) const override;
    QString total(const QString& expression) const override;
    // Not READ ONLY: PostgreSQL refuses CREATE TEMP TABLE in a read-only transaction.
    QString beginSnapshot() const override { return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"); }
    QString fixedOrderJoin() const override { return QStringLiteral("JOIN"); }
    QString integerPrimaryKey() const override { return QStringLiteral("BIGINT PRIMARY KEY"); }

    // Session settings run on every new connection.
    static QStringList connectionSettings();
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
};

}  // namespace ingot
