#pragma once

#include <QString>
#include <QStringList>

namespace ingot {

// The SQL that differs between SQLite and PostgreSQL, behind one interface: the repositories in
// storage/sql write each statement once and take every difference from their connection's dialect.
//
// What needs no dialect, because both backends accept it as written (docs/storage.md):
// - `?` placeholders (Qt's QPSQL turns them into $n) and `:name` placeholders;
// - INSERT ... ON CONFLICT ... DO UPDATE / DO NOTHING (SQLite 3.24+), RETURNING (SQLite 3.35+; QPSQL's
//   lastInsertId() reads OIDs, which tables have not had since PostgreSQL 12, so new ids always come
//   from RETURNING id);
// - LIMIT ? OFFSET ?, coalesce(), CASE;
// - booleans: stored as INTEGER 0/1 on both (the PostgreSQL schema has no BOOLEAN column), bound as
//   int, never as bool; a comparison that is summed or returned as a value is written
//   `CASE WHEN ... THEN 1 ELSE 0 END` (PostgreSQL's comparisons are booleans, which it neither sums
//   nor mixes with integers);
// - instants: epoch seconds from the injected Clock, bound as values; no SQL "now".
class SqlDialect {
public:
    enum class Backend { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    virtual Backend backend() const = 0;

    // The statement that opens a write transaction.
    virtual QString beginWrite() const = 0;
    QString commit() const { return QStringLiteral("COMMIT"); }
    QString rollback() const { return QStringLiteral("ROLLBACK"); }

    // "INSERT ... ON CONFLICT(keys) DO UPDATE SET c = excluded.c, ..." for `table`, with a :column
    // placeholder per column.
    QString upsert(const QString& table, const QStringList& columns, const QStringList& keys) const;

    // The larger of two values: max(a, b) on SQLite, GREATEST(a, b) on PostgreSQL.
    virtual QString greatest(const QString& a, const QString& b) const = 0;
    // `a` differs from `b`, a NULL counting as a value: IS NOT on SQLite, IS DISTINCT FROM on PostgreSQL.
    virtual QString isDistinct(const QString& a, const QString& b) const = 0;
    // `column` LIKE a bound pattern whose escape character is the backslash, ignoring the case of
    // ASCII letters as SQLite's LIKE does: LIKE on SQLite, ILIKE on PostgreSQL.
    virtual QString likeIgnoringCase(const QString& column) const = 0;
    // The bound pattern "contains `text`" for likeIgnoringCase(): user text matched literally.
    static QString containsPattern(const QString& text);
    // The statement that makes the appenders of `table` wait for each other until the transaction
    // ends, where each append reads the last row (a hash chain); empty when writers already are
    // serialized (SQLite: BEGIN IMMEDIATE).
    virtual QString lockForAppend(const QString& table) const = 0;
    // The sum of a numeric expression that is 0.0 over no rows: total() on SQLite.
    virtual QString total(const QString& expression) const = 0;

    // The statement that opens a read transaction in which every statement sees the same moment of a
    // database other desks keep writing (a board, a report), while taking no write lock; it may create
    // and fill the connection's temporary tables. SQLite: a deferred BEGIN; PostgreSQL: REPEATABLE READ.
    virtual QString beginSnapshot() const = 0;
    // The join keyword that keeps the written table order: SQLite's planner never reorders a CROSS
    // JOIN (a hint the board's queries need); PostgreSQL has no such hint, and CROSS JOIN takes no ON.
    virtual QString fixedOrderJoin() const = 0;
    // The column definition of an integer primary key in a temporary table: SQLite's rowid alias,
    // a 64-bit key on PostgreSQL.
    virtual QString integerPrimaryKey() const = 0;
};

}  // namespace ingot
