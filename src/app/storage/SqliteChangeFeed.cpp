#include "app/storage/SqliteChangeFeed.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ingot {

SqliteChangeFeed::SqliteChangeFeed(QString path, QObject* parent, int intervalMs)
    : ChangeFeed(parent), m_path(std::move(path)),
      m_connectionName(QStringLiteral("ingot-feed-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeFeed::check);
}

SqliteChangeFeed::~SqliteChangeFeed()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void SqliteChangeFeed::start()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Read-only: the feed only asks a counter. The desk's own store created and migrated the file.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
    if (!db.open()) {
        emit failed(db.lastError().text());
        return;
    }
    check();
    m_timer.start();
    emit listening();
}

void SqliteChangeFeed::check()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;  // busy for a moment: the next tick asks again
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (m_version >= 0 && version != m_version)
        emit ticketsChanged({});
    m_version = version;
}

}  // namespace ingot
