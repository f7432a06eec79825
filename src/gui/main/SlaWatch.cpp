#include "gui/main/SlaWatch.h"

#include "app/sla/SlaNoticeService.h"
#include "app/sla/SlaService.h"

#include <QMutexLocker>

namespace ingot {

SlaWatch::SlaWatch(QueuePageLoader::StoreFactory storeFactory, QObject* parent, int intervalMs, int firstSweepMs,
                   const Clock* clock)
    : QObject(parent), m_worker(new SlaSweepWorker(std::move(storeFactory), clock))
{
    qRegisterMetaType<ingot::SlaSweepSummary>();
    qRegisterMetaType<QList<ingot::SlaNotice>>();
    m_thread.setObjectName(QStringLiteral("sla-watch"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SlaSweepWorker::swept, this, [this](const SlaSweepSummary& summary) {
        m_running = false;
        emit swept(summary);
    });
    connect(m_worker, &SlaSweepWorker::noticed, this, &SlaWatch::noticed);
    connect(m_worker, &SlaSweepWorker::failed, this, [this](const QString& message) {
        m_running = false;
        emit failed(message);
    });
    m_thread.start();

    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SlaWatch::sweepNow);
    m_timer.start();
    QTimer::singleShot(firstSweepMs, this, &SlaWatch::sweepNow);
}

SlaWatch::~SlaWatch()
{
    // A running sweep finishes its current batch first; its store closes in its own thread.
    QMetaObject::invokeMethod(m_worker, &SlaSweepWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SlaWatch::sweepNow()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &SlaSweepWorker::sweep, Qt::QueuedConnection);
}

void SlaWatch::setNoticeScope(const SlaNoticeScope& scope)
{
    m_worker->setNoticeScope(scope);
}

void SlaSweepWorker::setNoticeScope(const SlaNoticeScope& scope)
{
    QMutexLocker lock(&m_scopeMutex);
    m_scope = scope;
}

void SlaSweepWorker::sweep()
{
    if (!m_store) {
        auto opened = m_factory();
        if (!opened) {
            emit failed(opened.error().text());
            return;
        }
        m_store = std::move(opened).value();
    }
    SlaService sla(*m_store, *m_clock);
    auto summary = sla.sweep(m_clock->now());
    // Notices come from what the sweep just stored; they are emitted before the sweep's end, so
    // that the watch is idle again only when both are done.
    collectNotices();
    if (!summary) {
        emit failed(summary.error().text());
        return;
    }
    emit swept(*summary);
}

void SlaSweepWorker::collectNotices()
{
    SlaNoticeScope scope;
    {
        QMutexLocker lock(&m_scopeMutex);
        scope = m_scope;
    }
    if (scope.login.isEmpty())
        return;
    auto notices = SlaNoticeService(*m_store, *m_clock).collect(scope);
    if (!notices) {
        emit failed(notices.error().text());
        return;
    }
    if (!notices->isEmpty())
        emit noticed(*notices);
}

void SlaSweepWorker::close()
{
    m_store.reset();
}

}  // namespace ingot
