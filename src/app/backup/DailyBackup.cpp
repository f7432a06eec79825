#include "app/backup/DailyBackup.h"

#include "app/backup/BackupService.h"

#include <QDateTime>
#include <spdlog/spdlog.h>

namespace ingot {

DailyBackup::DailyBackup(QString dbPath, QString folder, int keepDays, QObject* parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_folder(std::move(folder)), m_keepDays(keepDays)
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DailyBackup::runNow);
}

DailyBackup::~DailyBackup()
{
    m_timer.stop();
    if (m_worker) {
        m_worker->wait();  // a backup in progress finishes: its temporary file is renamed or removed
        delete m_worker;
    }
}

void DailyBackup::start()
{
    m_timer.start();
    runNow();
}

void DailyBackup::runNow()
{
    if (m_worker || m_keepDays <= 0)
        return;
    auto outcome = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    // The date is the wall clock's: a daily backup is about the real day, like a cron job.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_worker = QThread::create([this, now, outcome, ok] {
        auto r = BackupService::runDaily(m_dbPath, m_folder, now, m_keepDays);
        *ok = r.ok();
        *outcome = r ? r->created : r.error().message;
    });
    connect(m_worker, &QThread::finished, this, [this, outcome, ok] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!*ok)
            spdlog::error("daily backup failed: {}", outcome->toStdString());
        emit finished(*ok, *outcome);
    });
    m_worker->start(QThread::LowPriority);
}

}  // namespace ingot
