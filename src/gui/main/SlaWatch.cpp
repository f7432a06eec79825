#include "gui/main/SlaWatch.h"

#include "app/sla/SlaService.h"

namespace ingot {

SlaWatch::SlaWatch(QueuePageLoader::StoreFactory storeFactory, QObject* parent, int intervalMs, int firstSweepMs)
    : QObject(parent), m_worker(new SlaSweepWorker(std::move(storeFactory)))
{
    qRegisterMetaType<ingot::SlaSweepSummary>();
    m_thread.setObjectName(QStringLiteral("sla-watch"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SlaSweepWorker::swept, this, [this](const SlaSweepSummary& summary) {
        m_running = false;
        emit swept(summary);
    });
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
    SystemClock clock;
    SlaService sla(*m_store, clock);
    auto summary = sla.sweep(clock.now());
    if (!summary) {
        emit failed(summary.error().text());
        return;
    }
    emit swept(*summary);
}

void SlaSweepWorker::close()
{
    m_store.reset();
}

}  // namespace ingot
