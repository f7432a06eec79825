#include "app/storage/PostgresChangeFeed.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
}  // namespace

PostgresChangeFeed::PostgresChangeFeed(PostgresSettings settings, QObject* parent, int keepAliveMs)
    : ChangeFeed(parent), m_listener(new PostgresListener(std::move(settings), keepAliveMs))
{
    m_thread.setObjectName(QStringLiteral("ingot-change-feed"));
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(this, &PostgresChangeFeed::startRequested, m_listener, &PostgresListener::start);
    connect(m_listener, &PostgresListener::ticketsChanged, this, &ChangeFeed::ticketsChanged);
    connect(m_listener, &PostgresListener::listening, this, &ChangeFeed::listening);
    connect(m_listener, &PostgresListener::failed, this, &ChangeFeed::failed);
    m_thread.start();
}

PostgresChangeFeed::~PostgresChangeFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void PostgresChangeFeed::start()
{
    emit startRequested();
}

PostgresListener::PostgresListener(PostgresSettings settings, int keepAliveMs)
    : m_settings(std::move(settings)),
      m_connectionName(QStringLiteral("ingot-listen-") + QUuid::createUuid().toString(QUuid::Id128)),
      m_keepAliveMs(keepAliveMs)
{
}

PostgresListener::~PostgresListener()
{
    close();  // runs on the feed's thread (deleteLater when it finishes), where the connection lives
}

void PostgresListener::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_keepAliveMs);
        connect(m_timer, &QTimer::timeout, this, &PostgresListener::keepAlive);
    }
    if (connectAndListen())
        emit listening();
    m_timer->start();
}

bool PostgresListener::connectAndListen()
{
    close();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        if (!m_settings.password.isEmpty())
            db.setPassword(m_settings.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=ingotdesk-listen"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            connect(db.driver(), qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                                     &QSqlDriver::notification),
                    this, &PostgresListener::onNotification);
            if (!db.driver()->subscribeToNotification(ChangeFeed::kChannel))
                problem = db.driver()->lastError().text();
        }
    }
    if (!problem.isEmpty()) {
        spdlog::warn("live updates: cannot listen on {}: {}", m_settings.displayName().toStdString(),
                     problem.toStdString());
        close();
        emit failed(Text::tr("Live updates are off: cannot listen on %1 (%2). Press F5 to refresh; the desk "
                             "tries again every few seconds.")
                        .arg(m_settings.displayName(), problem));
        return false;
    }
    m_connected = true;
    return true;
}

void PostgresListener::keepAlive()
{
    if (m_connected) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
        spdlog::warn("live updates: the listening connection to {} was lost: {}",
                     m_settings.displayName().toStdString(), q.lastError().text().toStdString());
    }
    if (connectAndListen()) {
        emit listening();
        emit ticketsChanged({});  // what happened while it was away is not known
    }
}

void PostgresListener::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != ChangeFeed::kChannel)
        return;
    const QString text = payload.toString();
    if (text.isEmpty() || text == QLatin1String("*") || text == QLatin1String("reload"))
        emit ticketsChanged({});
    else
        emit ticketsChanged(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void PostgresListener::close()
{
    m_connected = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && db.driver())
            db.driver()->unsubscribeFromNotification(ChangeFeed::kChannel);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

}  // namespace ingot
