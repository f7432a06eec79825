// The SLA sweep (SlaService::sweep) over a seeded database. With INGOTDESK_BENCH_DB pointing at a
// seeded file (scripts/bench.sh makes a 1,000,000-ticket one) the benchmarks run on a copy of it;
// without, on a 50,000-ticket database seeded here. Results: docs/performance-sla.md.
//   BM_Sweep           the sweep as it runs every few minutes: only tickets whose clocks may change
//   BM_SweepAllStale   every ticket marked changed first (the first sweep after an upgrade from
//                      schema 2): a full re-evaluation of every history
//   BM_NoticeQuery     the desk's notice look-up after each sweep (SlaTicketRepository::turnedBetween,
//                      24 h window) for the busiest assignee and for everyone (a supervisor opted in)
//   BM_NoticeCollect   SlaNoticeService::collect in steady state: the candidates, their clocks and
//                      the notices already given
#include "app/seed/DemoSeeder.h"
#include "app/sla/SlaNoticeService.h"
#include "app/sla/SlaService.h"
#include "core/common/Clock.h"
#include "core/common/Instant.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace ingot;

namespace {
struct Desk {
    QTemporaryDir dir;
    std::unique_ptr<SqliteStore> store;
    qint64 now = 0;
};

Desk& desk()
{
    static Desk* d = [] {
        auto* out = new Desk;
        const QString path = out->dir.filePath(QStringLiteral("sweep.db"));
        const QString source = qEnvironmentVariable("INGOTDESK_BENCH_DB");
        if (!source.isEmpty() && QFile::exists(source)) {
            // The sweep writes; the shared benchmark database stays as it was.
            auto original = SqliteStore::open(source, SqliteStore::Options{false, true, false});
            if (!original || !(*original)->connection().exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
                std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        }
        auto opened = SqliteStore::open(path);
        if (!opened) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error().text()));
            std::abort();
        }
        out->store = std::move(opened).value();
        if (source.isEmpty()) {
            DemoSeeder::Options o;
            o.tickets = 50'000;
            o.from = *Instant::parse(QStringLiteral("2025-06-01"));
            o.to = *Instant::parse(QStringLiteral("2026-06-01"));
            if (!DemoSeeder(*out->store).run(o))
                std::abort();
        }
        // An hour after the last recorded event: the clocks of open tickets have moved on.
        auto last = out->store->connection().scalar(QStringLiteral("SELECT max(last_event_at) FROM tickets"));
        out->now = (last ? last->toLongLong() : 0) + 3600;
        return out;
    }();
    return *d;
}

void BM_Sweep(benchmark::State& state)
{
    Desk& d = desk();
    FixedClock clock(d.now);
    SlaService service(*d.store, clock);
    qint64 tickets = 0;
    for (auto _ : state) {
        auto summary = service.sweep(d.now);
        if (!summary) {
            state.SkipWithError(qPrintable(summary.error().text()));
            return;
        }
        tickets = summary->candidates;
    }
    state.counters["tickets"] = static_cast<double>(tickets);
    auto all = d.store->connection().scalar(QStringLiteral("SELECT count(*) FROM tickets"));
    state.counters["database"] = all ? all->toDouble() : 0.0;
}
BENCHMARK(BM_Sweep)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SweepAllStale(benchmark::State& state)
{
    Desk& d = desk();
    FixedClock clock(d.now);
    SlaService service(*d.store, clock);
    qint64 tickets = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (!d.store->connection().exec(QStringLiteral("UPDATE tickets SET sla_version = NULL"))) {
            state.SkipWithError("cannot mark the tickets changed");
            return;
        }
        state.ResumeTiming();
        auto summary = service.sweep(d.now);
        if (!summary) {
            state.SkipWithError(qPrintable(summary.error().text()));
            return;
        }
        tickets = summary->candidates;
    }
    state.counters["tickets"] = static_cast<double>(tickets);
}
BENCHMARK(BM_SweepAllStale)->Unit(benchmark::kMillisecond)->Iterations(1);

// The assignee with the most open tickets: the heaviest personal scope.
QString busiestAssignee(Desk& d)
{
    auto login = d.store->connection().scalar(
        QStringLiteral("SELECT assignee FROM tickets WHERE next_due_at IS NOT NULL AND assignee <> '' "
                       "GROUP BY assignee ORDER BY count(*) DESC LIMIT 1"));
    return login ? login->toString() : QString();
}

void BM_NoticeQuery(benchmark::State& state)
{
    Desk& d = desk();
    FixedClock clock(d.now);
    if (!SlaService(*d.store, clock).sweep(d.now)) // next_at_risk_at filled in
        state.SkipWithError("sweep failed");
    const bool everyone = state.range(0) != 0;
    const SlaNoticeScope scope{everyone ? QStringLiteral("nobody") : busiestAssignee(d), false, everyone};
    qint64 found = 0;
    for (auto _ : state) {
        auto rows = d.store->sla().tickets().turnedBetween(scope, d.now - SlaNoticeService::kLookBackSeconds, d.now,
                                                           SlaNoticeService::kLimit);
        if (!rows) {
            state.SkipWithError(qPrintable(rows.error().text()));
            return;
        }
        found = rows->size();
    }
    state.counters["candidates"] = static_cast<double>(found);
}
BENCHMARK(BM_NoticeQuery)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_NoticeCollect(benchmark::State& state)
{
    Desk& d = desk();
    FixedClock clock(d.now);
    const SlaNoticeScope scope{busiestAssignee(d), false, false};
    SlaNoticeService notices(*d.store, clock);
    auto first = notices.collect(scope); // the first run gives them; the next ones only look
    qint64 given = first ? first->size() : 0;
    for (auto _ : state) {
        auto again = notices.collect(scope);
        if (!again) {
            state.SkipWithError(qPrintable(again.error().text()));
            return;
        }
    }
    state.counters["first_run_notices"] = static_cast<double>(given);
}
BENCHMARK(BM_NoticeCollect)->Unit(benchmark::kMicrosecond);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
