#include "storage/sqlite/SqliteConnection.h"

#include "storage/sqlite/SqliteDialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <atomic>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ingotdesk-%1").arg(++counter);
}

// SQLite's primary result code from Qt's native error code text.
int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
}  // namespace

SqliteConnection::SqliteConnection(QSqlDatabase db, QString name, QString path)
    : SqlConnection(std::move(db), std::move(name), SqliteDialect::instance()), m_path(std::move(path))
{
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString& path, bool create, bool readOnly)
{
    const QFileInfo info(path);
    if (!info.exists() && !create)
        return Error::refused(Text::tr("The database %1 does not exist. Create it with 'ingotdesk-cli init'.").arg(path));
    if (info.exists() && info.isDir())
        return Error::badInput(Text::tr("%1 is a folder, not a database file").arg(path));

    const QString name = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        spdlog::error("cannot open {}: {}", path.toStdString(), detail.toStdString());
        return Error::refused(Text::tr("Cannot open the database %1: %2").arg(path, detail));
    }
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, name, path));
}

Status SqliteConnection::configure()
{
    for (const QString& pragma : SqliteDialect::connectionPragmas())
        if (auto st = exec(pragma); !st)
            return st;
    return success();
}

sqlite3* SqliteConnection::handle()
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

Status SqliteConnection::execScript(const QString& script)
{
    sqlite3* h = handle();
    if (!h)
        return Error::internal(Text::tr("the SQLite driver gave no native handle"));
    char* message = nullptr;
    const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        spdlog::error("script failed: {}", text.toStdString());
        return Error::internal(Text::tr("A database script failed: %1").arg(text));
    }
    return success();
}

Error SqliteConnection::describe(const QSqlError& error, const QString& doing) const
{
    spdlog::warn("sqlite error while {}: [{}] {}", doing.toStdString(), error.nativeErrorCode().toStdString(),
                 error.text().toStdString());
    switch (primaryCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::refused(
            Text::tr("The database %1 is busy (another desk or a backup is writing); try again.").arg(m_path));
    case SQLITE_READONLY:
        return Error::refused(Text::tr("The database %1 is read-only; nothing was changed.").arg(m_path));
    case SQLITE_FULL:
        return Error::refused(
            Text::tr("The disk holding %1 is full; nothing was changed. Free some space and try again.").arg(m_path));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::refused(Text::tr("The database %1 is damaged or not an IngotDesk database; restore a backup.").arg(m_path));
    case SQLITE_CONSTRAINT:
        return Error::badInput(Text::tr("The change breaks a rule of the data (%1).").arg(error.databaseText()));
    default:
        return Error::internal(Text::tr("Database error while %1: %2").arg(doing, error.text()));
    }
}

}  // namespace ingot
