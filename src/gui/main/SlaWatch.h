#pragma once

#include "app/sla/SlaSweepSummary.h"
#include "gui/queue/QueuePageLoader.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace ingot {

class SlaSweepWorker;

// Keeps the SLA clocks of a running desk current: every few minutes it runs the sweep (breaches
// recorded once, overruns, compensation suggestions) on its own thread with its own connection, so
// no desk needs cron for that and the GUI thread never waits. Several desks on one file may sweep
// at once: the sweep is idempotent and writes in short batches.
class SlaWatch final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int kFirstSweepMs = 10 * 1000;  // soon after start, once the window is up

    explicit SlaWatch(QueuePageLoader::StoreFactory storeFactory, QObject* parent = nullptr,
                      int intervalMs = kDefaultIntervalMs, int firstSweepMs = kFirstSweepMs);
    ~SlaWatch() override;

    // Starts a sweep now unless one is running.
    void sweepNow();
    bool isSweeping() const { return m_running; }

signals:
    void swept(const ingot::SlaSweepSummary& summary);
    void failed(const QString& message);

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
    explicit SlaSweepWorker(QueuePageLoader::StoreFactory factory) : m_factory(std::move(factory)) {}

public slots:
    void sweep();
    void close();

signals:
    void swept(const ingot::SlaSweepSummary& summary);
    void failed(const QString& message);

private:
    QueuePageLoader::StoreFactory m_factory;
    std::unique_ptr<Store> m_store;
};

}  // namespace ingot
