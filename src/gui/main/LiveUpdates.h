#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace ingot {

class ChangeFeed;
class DeskSession;
class MainWindow;

// Keeps the desk current with what other desks do: when the change feed says tickets changed
// (PostgreSQL: pushed by the server within milliseconds; SQLite: noticed within a second), the queue
// and an open SLA board are read again, and the ticket pane when its ticket is among the changed.
// Bursts are gathered for a moment (kDebounceMs) so a busy hour costs one read, not one per change.
// Owned by the window.
class LiveUpdates final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    static LiveUpdates* install(MainWindow& window, DeskSession& session);
    ~LiveUpdates() override;

    ChangeFeed* feed() const { return m_feed.get(); }
    // The feed listens (PostgreSQL: connected and subscribed; SQLite: the first check done).
    bool isListening() const { return m_listening; }

signals:
    // After the queue (and board, pane) were asked to read again.
    void applied();

private:
    LiveUpdates(MainWindow& window, std::unique_ptr<ChangeFeed> feed);
    void onChanged(const QStringList& numbers);
    void apply();

    MainWindow& m_window;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer m_debounce;
    QSet<QString> m_numbers;
    bool m_everything = false;
    bool m_failed = false;
    bool m_listening = false;
};

}  // namespace ingot
