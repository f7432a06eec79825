#pragma once

#include "app/storage/ChangeFeed.h"

#include <QTimer>

namespace ingot {

// Changes committed to a SQLite file by any other connection, seen through `PRAGMA data_version`
// on a connection of the feed's own (see ChangeFeed). Runs in the thread that creates it.
class SqliteChangeFeed final : public ChangeFeed {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit SqliteChangeFeed(QString path, QObject* parent = nullptr, int intervalMs = kDefaultIntervalMs);
    ~SqliteChangeFeed() override;

    void start() override;
    bool pushes() const override { return false; }

private:
    void check();

    QString m_path;
    QString m_connectionName;
    QTimer m_timer;
    qint64 m_version = -1;
};

}  // namespace ingot
