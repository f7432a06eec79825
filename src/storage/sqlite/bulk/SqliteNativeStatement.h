#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ingot {

class SqliteConnection;

// One statement prepared on the connection's native handle. QSqlQuery converts every bound value
// through QVariant and re-reads its bindings on each exec: a few microseconds a row, which is most of
// the time of a bulk load of millions of rows. Values are bound by position, from 1; the statement is
// reset after each run so that it holds no read snapshot.
class SqliteNativeStatement final {
public:
    static Result<std::unique_ptr<SqliteNativeStatement>> prepare(SqliteConnection& connection, const QString& sql);
    ~SqliteNativeStatement();
    SqliteNativeStatement(const SqliteNativeStatement&) = delete;
    SqliteNativeStatement& operator=(const SqliteNativeStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString& text);  // a null QString binds ''
    void bindUtf8(int index, QByteArray utf8);  // text already in UTF-8
    void bind(int index, const std::optional<qint64>& value);
    // Runs the statement; returns the rowid it inserted.
    Result<qint64> run(const QString& doing);
    // The same; `doing` is only asked for on an error, so that a bulk load does not format (and
    // translate) a message for every row it writes.
    Result<qint64> run(const std::function<QString()>& doing);
    // Runs a statement that returns one integer (RETURNING, a count); nullopt when it returned no row.
    Result<std::optional<qint64>> runForInteger(const std::function<QString()>& doing);

private:
    SqliteNativeStatement(SqliteConnection& connection, sqlite3_stmt* statement);

    Error failed(const std::function<QString()>& doing);

    SqliteConnection& m_c;
    sqlite3_stmt* m_statement;
    // The UTF-8 of each bound text, by index, alive until the next run: SQLite reads it in place.
    std::vector<QByteArray> m_texts;
};

}  // namespace ingot
