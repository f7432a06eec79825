#include "storage/postgres/PostgresConnection.h"

#include "storage/postgres/PostgresDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <atomic>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ingotdesk-pg-%1").arg(++counter);
}
}  // namespace

PostgresConnection::PostgresConnection(QSqlDatabase db, QString connectionName, PostgresSettings settings)
    : SqlConnection(std::move(db), std::move(connectionName), PostgresDialect::instance()),
      m_settings(std::move(settings))
{
}

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const PostgresSettings& settings)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::refused(Text::tr("This installation cannot reach PostgreSQL: Qt's QPSQL driver is missing "
                                       "(Debian package libqt6sql6-psql)."));
    const QString name = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    if (!settings.password.isEmpty())
        db.setPassword(settings.password);  // otherwise libpq reads $PGPASSWORD or ~/.pgpass itself
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=ingotdesk"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        spdlog::error("cannot connect to {}: {}", settings.displayName().toStdString(), detail.toStdString());
        return Error::refused(Text::tr("Cannot connect to the database %1: %2").arg(settings.displayName(), detail));
    }
    return std::unique_ptr<PostgresConnection>(new PostgresConnection(db, name, settings));
}

Status PostgresConnection::configure()
{
    for (const QString& setting : PostgresDialect::connectionSettings())
        if (auto st = exec(setting); !st)
            return st;
    return success();
}

Status PostgresConnection::execScript(const QString& script)
{
    // QPSQL sends an unprepared statement with PQexec, which runs a whole script in one go.
    QSqlQuery q(database());
    if (!q.exec(script)) {
        spdlog::error("script failed: {}", q.lastError().text().toStdString());
        return Error::internal(Text::tr("A database script failed: %1").arg(q.lastError().text()));
    }
    return success();
}

Error PostgresConnection::describe(const QSqlError& error, const QString& doing) const
{
    // QPSQL reports the SQLSTATE as the native error code; its class (first two characters) says
    // who can fix the problem.
    const QString state = error.nativeErrorCode();
    spdlog::warn("postgresql error while {}: [{}] {}", doing.toStdString(), state.toStdString(),
                 error.text().toStdString());
    const QString klass = state.left(2);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Error::refused(
            Text::tr("The database %1 is busy (another desk holds the same rows); try again.").arg(name()));
    if (klass == QLatin1String("23"))
        return Error::badInput(Text::tr("The change breaks a rule of the data (%1).").arg(error.databaseText()));
    if (klass == QLatin1String("08") || klass == QLatin1String("57"))
        return Error::refused(Text::tr("The connection to the database %1 was lost; nothing was changed. "
                                       "Check the network and the server, then try again.")
                                  .arg(name()));
    if (klass == QLatin1String("28") || state == QLatin1String("42501"))
        return Error::refused(Text::tr("The database %1 refused access (%2).").arg(name(), error.databaseText()));
    if (klass == QLatin1String("53"))
        return Error::refused(
            Text::tr("The database server of %1 is out of space or resources; nothing was changed.").arg(name()));
    return Error::internal(Text::tr("Database error while %1: %2").arg(doing, error.text()));
}

}  // namespace ingot
