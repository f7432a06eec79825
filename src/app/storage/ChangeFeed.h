#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

namespace ingot {

// Tells a desk that tickets were changed elsewhere — at another desk, by the CLI, by a sweep — so it
// can read its queue and board again instead of polling every ticket.
//   PostgreSQL: LISTEN on the channel `ingotdesk_tickets`, which the tickets table's triggers NOTIFY
//   (migration 0013) on every insert and update, through QSqlDriver's notifications on a connection
//   of the feed's own, on a thread of its own (a driver delivers notifications in its thread's event loop).
//   SQLite: there is no server to push anything; once a second the feed asks its own connection for
//   `PRAGMA data_version`, a counter SQLite keeps in memory that moves when any other connection
//   (any process) commits. One cheap statement a second, not a query of the tickets.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    // The notification channel; its payload is a comma-separated list of ticket numbers, or "*" when
    // too many changed at once to list (bulk loads): then anything may have changed.
    static const QString kChannel;

    // The feed for a database setting (a file or a postgresql:// address); null when none applies.
    static std::unique_ptr<ChangeFeed> forDatabase(const QString& setting);

    using QObject::QObject;
    ~ChangeFeed() override = default;

    // Starts listening (PostgreSQL: connecting happens on the feed's thread; `failed` says when it cannot).
    virtual void start() = 0;
    // True when changes are pushed by the server (PostgreSQL), false when checked (SQLite).
    virtual bool pushes() const = 0;

signals:
    // Ticket numbers that changed; empty when the feed cannot tell which (read everything again).
    void ticketsChanged(const QStringList& numbers);
    // Listening started (again, after a lost connection).
    void listening();
    void failed(const QString& message);
};

}  // namespace ingot
