#pragma once

#include "app/storage/ChangeFeed.h"
#include "storage/postgres/PostgresSettings.h"

#include <QSqlDriver>
#include <QThread>
#include <QTimer>

namespace ingot {

class PostgresListener;

// LISTEN ingotdesk_tickets on a connection of its own, on a thread of its own (see ChangeFeed).
// A lost connection is noticed by a keep-alive statement every 15 s and opened again; since
// notifications may have been missed meanwhile, the feed then says "anything may have changed".
class PostgresChangeFeed final : public ChangeFeed {
    Q_OBJECT
public:
    static constexpr int kKeepAliveMs = 15 * 1000;

    explicit PostgresChangeFeed(PostgresSettings settings, QObject* parent = nullptr, int keepAliveMs = kKeepAliveMs);
    ~PostgresChangeFeed() override;

    void start() override;
    bool pushes() const override { return true; }

signals:
    void startRequested();

private:
    QThread m_thread;
    PostgresListener* m_listener;  // lives in m_thread
};

// The part that runs on the feed's thread and owns the connection.
class PostgresListener final : public QObject {
    Q_OBJECT
public:
    PostgresListener(PostgresSettings settings, int keepAliveMs);
    ~PostgresListener() override;

public slots:
    void start();

signals:
    void ticketsChanged(const QStringList& numbers);
    void listening();
    void failed(const QString& message);

private:
    bool connectAndListen();
    void keepAlive();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void close();

    PostgresSettings m_settings;
    QString m_connectionName;
    QTimer* m_timer = nullptr;  // created in the thread
    int m_keepAliveMs;
    bool m_connected = false;
};

}  // namespace ingot
