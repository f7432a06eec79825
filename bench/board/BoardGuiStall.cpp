// How long the GUI thread stalls while the SLA board refreshes on 1,000,000 tickets: a 5 ms timer
// records the longest gap between its ticks, first with the board idle (the baseline: what the
// event loop and the offscreen platform cost by themselves), then while the board refreshes back to
// back. Prints one JSON line. Results: docs/performance.md, "SLA board"; run: scripts/bench-board.sh.
#include "BoardBenchDb.h"
#include "gui/board/SlaBoardWindow.h"
#include "storage/sqlite/SqliteStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ingot;

namespace {
// Longest gap between ticks of a 5 ms timer while `running` says so.
struct GapMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 longest = 0;
    qint64 ticks = 0;
    qint64 lastSnapshot = 0;

    GapMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last >= 0) {
                longest = std::max(longest, now - last);
                if (qEnvironmentVariableIsSet("BOARD_DEBUG") && now - last > 40'000'000)
                    std::fprintf(stderr, "gap %.1f ms ending %.1f ms after the last snapshot\n", (now - last) / 1e6,
                                 (now - lastSnapshot) / 1e6);
            }
            last = now;
            ++ticks;
        });
    }
    void start()
    {
        last = -1;
        longest = 0;
        ticks = 0;
        clock.start();
        timer.start();
    }
    double longestMs() const { return static_cast<double>(longest) / 1e6; }
};
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int refreshes = argc > 1 ? std::atoi(argv[1]) : 10;
    const QString path = bench::boardDbPath();
    {
        // Migrated once here, so that the board's worker (which never migrates) can open it.
        auto opened = SqliteStore::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
    }
    FixedClock clock(bench::boardNow());
    SlaBoardWindow board(SlaBoardWorker::forDatabase(path), clock);
    board.setRefreshSeconds(3600); // refreshes come from this program only
    board.show();

    GapMeter meter;
    std::vector<qint64> workerMs;
    double idleGap = 0;
    double busyGap = 0;
    QElapsedTimer wall;
    qint64 busyWallMs = 0;

    // 1. Wait for the first snapshot (warms the page cache and the worker's connection).
    QObject::connect(&board, &SlaBoardWindow::refreshed, &app, [&] {
        if (workerMs.empty() && meter.ticks == 0) {
            // 2. Idle baseline, as long as the refreshes will take.
            workerMs.push_back(board.snapshot().workerMs);
            meter.start();
            QTimer::singleShot(2000, &app, [&] {
                idleGap = meter.longestMs();
                // 3. Back-to-back refreshes.
                workerMs.clear();
                meter.start();
                wall.start();
                board.refresh();
            });
            return;
        }
        meter.lastSnapshot = meter.clock.nsecsElapsed();
        workerMs.push_back(board.snapshot().workerMs);
        if (static_cast<int>(workerMs.size()) < refreshes) {
            board.refresh();
            return;
        }
        busyWallMs = wall.elapsed();
        busyGap = meter.longestMs();
        app.quit();
    });
    app.exec();

    std::vector<qint64> sorted = workerMs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    const qint64 worst = sorted.empty() ? 0 : sorted.back();
    std::printf("{\"refreshes\":%d,\"worker_ms_median\":%lld,\"worker_ms_max\":%lld,\"wall_ms\":%lld,"
                "\"open\":%lld,\"longest_gap_ms_idle\":%.2f,\"longest_gap_ms_refreshing\":%.2f}\n",
                refreshes, static_cast<long long>(median), static_cast<long long>(worst),
                static_cast<long long>(busyWallMs), static_cast<long long>(board.snapshot().total().open), idleGap,
                busyGap);
    return 0;
}
