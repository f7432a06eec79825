#pragma once

#include "core/common/Result.h"

#include <QString>
#include <optional>

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
    void bind(int index, const std::optional<qint64>& value);
    // Runs the statement; returns the rowid it inserted.
    Result<qint64> run(const QString& doing);

private:
    SqliteNativeStatement(SqliteConnection& connection, sqlite3_stmt* statement);

    SqliteConnection& m_c;
    sqlite3_stmt* m_statement;
};

}  // namespace ingot
