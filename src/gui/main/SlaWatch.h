#pragma once

#include "app/sla/SlaSweepSummary.h"
#include "core/common/Clock.h"
#include "core/repositories/SlaRepositories.h"
#include "gui/queue/QueuePageLoader.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace ingot {

class SlaSweepWorker;

// Keeps the SLA clocks of a running desk current: every few minutes it runs the sweep (breaches
// recorded once, overruns, compensation suggestions) on its own thread with its own connection, so
// no desk needs cron for that and the GUI thread never waits. Several desks on one file may sweep
// at once: the sweep is idempotent and writes in short batches.
// After each sweep it collects the SLA notices of the signed-in person (SlaNoticeService: their
// tickets turning at risk or breaching, each once) and hands them to the window for the tray.
class SlaWatch final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int kFirstSweepMs = 10 * 1000;  // soon after start, once the window is up

    // `clock` (tests) must outlive the watch; by default the wall clock.
    explicit SlaWatch(QueuePageLoader::StoreFactory storeFactory, QObject* parent = nullptr,
                      int intervalMs = kDefaultIntervalMs, int firstSweepMs = kFirstSweepMs,
                      const Clock* clock = nullptr);
    ~SlaWatch() override;

    // Starts a sweep now unless one is running.
    void sweepNow();
    bool isSweeping() const { return m_running; }
    // Whose notices to collect from the next sweep on; an empty login collects none.
    void setNoticeScope(const SlaNoticeScope& scope);

signals:
    void swept(const ingot::SlaSweepSummary& summary);
    void failed(const QString& message);
    // New notices for the scope's person, earliest due first; never empty.
    void noticed(const QList<ingot::SlaNotice>& notices);

private:
    QThread m_thread;
    SlaSweepWorker* m_worker;  // lives in m_thread
    QTimer m_timer;
    bool m_running = false;
};

// The part of SlaWatch that runs on its thread.
class SlaSweepWorker final : public QObject {
    Q_OBJECT
public:
    SlaSweepWorker(QueuePageLoader::StoreFactory factory, const Clock* clock)
        : m_factory(std::move(factory)), m_clock(clock ? clock : &m_systemClock)
    {}

    void setNoticeScope(const SlaNoticeScope& scope);

public slots:
    void sweep();
    void close();

signals:
    void swept(const ingot::SlaSweepSummary& summary);
    void failed(const QString& message);
    void noticed(const QList<ingot::SlaNotice>& notices);

private:
    void collectNotices();

    QueuePageLoader::StoreFactory m_factory;
    SystemClock m_systemClock;
    const Clock* m_clock;
    std::unique_ptr<Store> m_store;
    QMutex m_scopeMutex;  // the scope is set from the GUI thread
    SlaNoticeScope m_scope;
};

}  // namespace ingot
