#pragma once

#include "storage/sql/SqlDialect.h"

#include <QString>
#include <QStringList>

namespace ingot {

// SQLite's side of SqlDialect, and the SQL that only SQLite has: the connection pragmas, the schema
// bookkeeping in PRAGMA user_version/application_id, online copies, FTS5 strings.
class SqliteDialect final : public SqlDialect {
public:
    static const SqliteDialect& instance();

    Backend backend() const override { return Backend::Sqlite; }
    // A write transaction takes the write lock at once: a deferred BEGIN that later writes can fail
    // with SQLITE_BUSY immediately in WAL mode, ignoring the busy timeout.
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString greatest(const QString& a, const QString& b) const override;
    QString isDistinct(const QString& a, const QString& b) const override;
    // SQLite's LIKE ignores the case of ASCII letters already.
    QString likeIgnoringCase(const QString& column) const override;
    QString lockForAppend(const QString& table) const override;
    QString total(const QString& expression) const override;
    // Deferred: no lock until the first read, and never the write lock (temporary tables are the
    // connection's own).
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    QString fixedOrderJoin() const override { return QStringLiteral("CROSS JOIN"); }
    QString integerPrimaryKey() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }

    // Statements run on every new connection, after the version check.
    static QStringList connectionPragmas();
    // A copy of the live database into `target`, consistent while other connections write.
    static QString backupInto();
    static QString schemaVersionQuery();
    static QString setSchemaVersion(int version);
    static QString applicationIdQuery();
    static QString setApplicationId();
    static constexpr int kApplicationId = 0x496E6744;  // "IngD"
    // An FTS5 string: the text as one phrase, so that spaces and operators in it are plain characters.
    static QString ftsPhrase(const QString& text);
};

}  // namespace ingot
