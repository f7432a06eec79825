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
    // UTF-16 as Qt holds it; SQLite converts once into the database's UTF-8.
    sqlite3_bind_text16(m_statement, index, text.isNull() ? static_cast<const void*>(u"") : text.utf16(),
                        static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
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
    const int rc = sqlite3_step(m_statement);
    sqlite3* handle = sqlite3_db_handle(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // The same translation into a message for people as every other statement.
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(handle)));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return m_c.errorFrom(error, doing);
    }
    const qint64 rowid = sqlite3_last_insert_rowid(handle);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return rowid;
}

}  // namespace ingot
