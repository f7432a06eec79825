// The monthly KPI report on the 1,000,000-ticket database of scripts/bench.sh (seed 1, 2025; about
// 83,000 tickets a month), next to a baseline in the same process on the same file: one plain SQLite
// aggregate over the month's tickets through the C API, the least any report of that month reads.
//
// The database is a copy: opening it migrates it to this build's schema (0009 adds an index), which
// must not change the file other benchmarks share. INGOTDESK_KPI_BENCH_DB names the copy (default
// /tmp/ingotdesk-kpi-1m.db); it is made from INGOTDESK_BENCH_DB when missing.
#include "MonthReportRun.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"

#include <QFile>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <sqlite3.h>

using namespace ingot;

namespace {
QString envPath(const char* name, const char* fallback)
{
    const QByteArray env = qgetenv(name);
    return env.isEmpty() ? QString::fromLatin1(fallback) : QString::fromLocal8Bit(env);
}

SqliteStore& store()
{
    static std::unique_ptr<SqliteStore> s = [] {
        const QString path = envPath("INGOTDESK_KPI_BENCH_DB", "/tmp/ingotdesk-kpi-1m.db");
        if (!QFile::exists(path)) {
            const QString source = envPath("INGOTDESK_BENCH_DB", "/tmp/ingotdesk-bench-1m.db");
            if (!QFile::exists(source))
                qFatal("%s is missing: run scripts/bench.sh once to seed it", qPrintable(source));
            std::fprintf(stderr, "copying %s to %s...\n", qPrintable(source), qPrintable(path));
            if (!QFile::copy(source, path))
                qFatal("cannot copy to %s", qPrintable(path));
        }
        auto opened = SqliteStore::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
        return std::move(opened).value();
    }();
    return *s;
}

void BM_ReportKpi(benchmark::State& state)
{
    bench::buildMonthReport(state, store());
}
BENCHMARK(BM_ReportKpi)->Name("report_kpi/month")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Baseline: one aggregate over the month's tickets in one indexed range (tickets_reported).
void BM_ReportKpiSqlite(benchmark::State& state)
{
    sqlite3* db = store().connection().handle();
    const qint64 from = bench::kReportMonth.start();
    const qint64 to = bench::kReportMonth.next().start();
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT tier, count(*), avg(first_response_at - reported_at), sum(stage = 'closed'), "
                       "avg(survey_score) FROM tickets WHERE reported_at >= ? AND reported_at < ? GROUP BY tier",
                       -1, &stmt, nullptr);
    for (auto _ : state) {
        sqlite3_bind_int64(stmt, 1, from);
        sqlite3_bind_int64(stmt, 2, to);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            benchmark::DoNotOptimize(sqlite3_column_int64(stmt, 1));
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
}
BENCHMARK(BM_ReportKpiSqlite)->Name("report_kpi/month/sqlite")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
} // namespace

BENCHMARK_MAIN();
