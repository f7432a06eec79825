#pragma once

#include <QString>
#include <QStringList>

namespace ingot {

// Every SQLite-specific piece of SQL the repositories need, in one place, so that a PostgreSQL
// dialect is an addition beside this one and not a rewrite of the repositories.
class SqlDialect final {
public:
    // Statements run on every new connection, after the version check.
    static QStringList connectionPragmas();
    // A write transaction takes the write lock at once: a deferred BEGIN that later writes can fail
    // with SQLITE_BUSY immediately in WAL mode, ignoring the busy timeout.
    static QString beginWrite();
    static QString commit();
    static QString rollback();
    // "INSERT ... ON CONFLICT(keys) DO UPDATE SET c = excluded.c, ..." for `table`.
    static QString upsert(const QString& table, const QStringList& columns, const QStringList& keys);
    // A copy of the live database into `target`, consistent while other connections write.
    static QString backupInto();
    static QString schemaVersionQuery();
    static QString setSchemaVersion(int version);
    static QString applicationIdQuery();
    static QString setApplicationId();
    static constexpr int kApplicationId = 0x496E6744;  // "IngD"
    // LIKE with an escape character, for user text matched as a substring.
    static QString likeEscaped(const QString& column);
    static QString likePattern(const QString& text);
    // An FTS5 string: the text as one phrase, so that spaces and operators in it are plain characters.
    static QString ftsPhrase(const QString& text);
};

}  // namespace ingot
