// One refresh of the supervisor's SLA board on 1,000,000 tickets, next to a baseline that runs in the
// same process on the same file: the plain index-only counts of the rows the refresh must visit
// (the tickets of the nine weeks the charts look at, and the open tickets), through SQLite's C API.
// Results: docs/performance.md, "SLA board"; run: scripts/bench-board.sh.
#include "BoardRefreshRun.h"
#include "core/board/BoardPeriods.h"
#include "storage/sql/SqlRows.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace ingot;

namespace {
SqliteStore& store()
{
    static std::unique_ptr<SqliteStore> s = [] {
        auto opened = SqliteStore::open(bench::boardDbPath());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
        return std::move(opened).value();
    }();
    return *s;
}

void refresh(benchmark::State& state, const BoardFilter& filter)
{
    bench::refreshBoard(state, store(), filter);
}

void baseline(benchmark::State& state)
{
    const BoardPeriods p = BoardPeriods::at(bench::boardNow());
    sqlite3* db = store().connection().handle();
    const QByteArray recent =
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE reported_at >= %1 AND reported_at <= %2")
            .arg(p.historyStart)
            .arg(p.now)
            .toUtf8();
    const QByteArray open =
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1)").arg(openStagesSqlList()).toUtf8();
    sqlite3_stmt* a = nullptr;
    sqlite3_stmt* b = nullptr;
    sqlite3_prepare_v2(db, recent.constData(), -1, &a, nullptr);
    sqlite3_prepare_v2(db, open.constData(), -1, &b, nullptr);
    qint64 rows = 0;
    for (auto _ : state) {
        rows = 0;
        for (sqlite3_stmt* s : {a, b}) {
            if (sqlite3_step(s) == SQLITE_ROW)
                rows += sqlite3_column_int64(s, 0);
            sqlite3_reset(s);
        }
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
    sqlite3_finalize(a);
    sqlite3_finalize(b);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::RegisterBenchmark("board/refresh", [](benchmark::State& s) { refresh(s, {}); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("board/refresh/sqlite", baseline)->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark("board/refresh-east",
                                 [](benchmark::State& s) {
                                     BoardFilter f;
                                     f.region = Region::East;
                                     refresh(s, f);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("board/refresh-tier-a",
                                 [](benchmark::State& s) {
                                     BoardFilter f;
                                     f.tier = Tier::A;
                                     refresh(s, f);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
