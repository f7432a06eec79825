#include "storage/sqlite/bulk/SqliteNativeStatement.h"

#include "storage/sqlite/SqliteConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <sqlite3.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
}  // namespace

SqliteNativeStatement::SqliteNativeStatement(SqliteConnection& connection, sqlite3_stmt* statement)
    : m_c(connection), m_statement(statement)
{
}

SqliteNativeStatement::~SqliteNativeStatement()
{
    sqlite3_finalize(m_statement);
}

Result<std::unique_ptr<SqliteNativeStatement>> SqliteNativeStatement::prepare(SqliteConnection& connection,
                                                                             const QString& sql)
{
    sqlite3* handle = connection.handle();
    if (!handle)
        return Error::internal(Text::tr("the SQLite driver gave no native handle"));
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return Error::internal(Text::tr("Database error while %1: %2").arg(Text::tr("preparing a statement"), detail));
    }
    return std::unique_ptr<SqliteNativeStatement>(new SqliteNativeStatement(connection, statement));
}

void SqliteNativeStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteNativeStatement::bind(int index, const QString& text)
{
    // Qt's UTF-8 encoder is much faster than SQLite's conversion from UTF-16 (a tenth of a bulk
    // load's time went there), and the bytes are the same.
    bindUtf8(index, text.toUtf8());
}

void SqliteNativeStatement::bindUtf8(int index, QByteArray utf8)
{
    const auto slot = static_cast<std::size_t>(index - 1);
    if (m_texts.size() <= slot)
        m_texts.resize(slot + 1);
    QByteArray& kept = m_texts[slot];
    kept = std::move(utf8);
    sqlite3_bind_text(m_statement, index, kept.isNull() ? "" : kept.constData(), static_cast<int>(kept.size()),
                      SQLITE_STATIC);
}

void SqliteNativeStatement::bind(int index, const std::optional<qint64>& value)
{
    if (value)
        sqlite3_bind_int64(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

Result<qint64> SqliteNativeStatement::run(const QString& doing)
{
    return run([&doing] { return doing; });
}

Result<qint64> SqliteNativeStatement::run(const std::function<QString()>& doing)
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return failed(doing);
    const qint64 rowid = sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return rowid;
}

Result<std::optional<qint64>> SqliteNativeStatement::runForInteger(const std::function<QString()>& doing)
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return failed(doing);
    std::optional<qint64> value;
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(m_statement, 0);
    // Reset completes the statement (a RETURNING statement has done all its writes at the first row).
    if (sqlite3_reset(m_statement) != SQLITE_OK)
        return failed(doing);
    sqlite3_clear_bindings(m_statement);
    return value;
}

Error SqliteNativeStatement::failed(const std::function<QString()>& doing)
{
    // The same translation into a message for people as every other statement.
    sqlite3* handle = sqlite3_db_handle(m_statement);
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(handle)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return m_c.errorFrom(error, doing());
}

}  // namespace ingot
