#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

namespace ingot {

// Runs BackupService::runDaily when the desk starts and then every hour (it does work once a
// day), on a thread of its own: a backup of a large database takes seconds and the window must
// not freeze. The worker opens its own SQLite connection (connections belong to their thread).
class DailyBackup final : public QObject {
    Q_OBJECT
public:
    DailyBackup(QString dbPath, QString folder, int keepDays, QObject* parent = nullptr);
    ~DailyBackup() override;

    void start();
    bool running() const { return m_worker != nullptr; }

signals:
    // After each run: the file made (empty when none was due) or the reason it failed.
    void finished(bool ok, const QString& createdOrError);

private:
    void runNow();

    QString m_dbPath;
    QString m_folder;
    int m_keepDays;
    QTimer m_timer;
    QThread* m_worker = nullptr;
};

}  // namespace ingot
