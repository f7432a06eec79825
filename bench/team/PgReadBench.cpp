// The SLA board's refresh and the monthly KPI report on a PostgreSQL desk, next to baselines that
// run in the same process on the same database: PostgreSQL's plain counts of the rows a board
// refresh must visit, and one GROUP BY over the report month's tickets (what bench/board and
// bench/report measure on SQLite). The server does the work, so times are wall times.
//
// $INGOTDESK_PG_BENCH_URL names a desk holding the 1,000,000 tickets of scripts/bench.sh (seeded over
// 2025), e.g. made with `ingotdesk-cli --db /tmp/ingotdesk-bench-1m.db migrate-to URL`; the password
// comes from libpq ($PGPASSFILE, ~/.pgpass). Results: docs/performance.md, "PostgreSQL: board and
// report"; run: build/bench/team/pg_read_bench.
#include "app/storage/StoreOpener.h"
#include "board/BoardRefreshRun.h"
#include "core/board/BoardPeriods.h"
#include "report/MonthReportRun.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace ingot;

namespace {
PostgresStore& store()
{
    static std::unique_ptr<PostgresStore> s = [] {
        const QString url = qEnvironmentVariable("INGOTDESK_PG_BENCH_URL");
        if (url.isEmpty()) {
            std::fprintf(stderr, "set INGOTDESK_PG_BENCH_URL to a PostgreSQL desk holding the 1M demo tickets\n");
            std::exit(2);
        }
        auto settings = StoreOpener::postgresSettings(url);
        if (!settings)
            qFatal("%s", qPrintable(settings.error().text()));
        auto opened = PostgresStore::open(*settings, PostgresStore::Options{false});
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
        return std::move(opened).value();
    }();
    return *s;
}

// The baselines run on the store's own session, with the desk's settings.
QSqlDatabase database()
{
    return store().connection().database();
}

qint64 count(QSqlQuery& q)
{
    if (!q.exec() || !q.next())
        qFatal("baseline failed");
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

void boardBaseline(benchmark::State& state)
{
    const BoardPeriods p = BoardPeriods::at(bench::boardNow());
    QSqlQuery recent(database());
    recent.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE reported_at >= ? AND reported_at <= ?"));
    recent.addBindValue(p.historyStart);
    recent.addBindValue(p.now);
    QSqlQuery open(database());
    open.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1)").arg(openStagesSqlList()));
    qint64 rows = 0;
    for (auto _ : state) {
        rows = count(recent) + count(open);
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void reportBaseline(benchmark::State& state)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT tier, count(*), avg(first_response_at - reported_at), "
                             "sum(CASE WHEN stage = 'closed' THEN 1 ELSE 0 END), avg(survey_score) FROM tickets "
                             "WHERE reported_at >= ? AND reported_at < ? GROUP BY tier"));
    for (auto _ : state) {
        q.addBindValue(bench::kReportMonth.start());
        q.addBindValue(bench::kReportMonth.next().start());
        if (!q.exec())
            qFatal("baseline failed");
        while (q.next())
            benchmark::DoNotOptimize(q.value(1).toLongLong());
        q.finish();
    }
}

void filtered(benchmark::State& state, std::optional<Region> region, std::optional<Tier> tier)
{
    BoardFilter f;
    f.region = region;
    f.tier = tier;
    bench::refreshBoard(state, store(), f);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto ms = [](benchmark::internal::Benchmark* b) { b->Unit(benchmark::kMillisecond)->UseRealTime(); };
    ms(benchmark::RegisterBenchmark("pg/board/refresh",
                                    [](benchmark::State& s) { bench::refreshBoard(s, store(), {}); }));
    ms(benchmark::RegisterBenchmark("pg/board/refresh/baseline", boardBaseline));
    ms(benchmark::RegisterBenchmark("pg/board/refresh-east",
                                    [](benchmark::State& s) { filtered(s, Region::East, std::nullopt); }));
    ms(benchmark::RegisterBenchmark("pg/board/refresh-tier-a",
                                    [](benchmark::State& s) { filtered(s, std::nullopt, Tier::A); }));
    ms(benchmark::RegisterBenchmark("pg/report_kpi/month", [](benchmark::State& s) {
           bench::buildMonthReport(s, store());
       })->Iterations(3));
    ms(benchmark::RegisterBenchmark("pg/report_kpi/month/baseline", reportBaseline)->Iterations(3));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
