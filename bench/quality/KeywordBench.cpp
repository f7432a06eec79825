// The complaint keywords of one month of the 1,000,000-ticket database of scripts/bench.sh (seed 1,
// 2025; about 83,000 tickets a month), next to baselines in the same process on the same file:
// a plain SELECT of the month's titles and descriptions through the SQLite C API (the least any
// keyword count reads), the repository's read of the same texts, ICU word breaking alone, and the
// whole count on one thread and on all of them.
//
// The database is a copy: opening it migrates it to this build's schema, which must not change the
// file other benchmarks share. INGOTDESK_KEYWORD_BENCH_DB names the copy (default
// /tmp/ingotdesk-keywords-1m.db); it is made from INGOTDESK_BENCH_DB when missing.
#include "app/quality/KeywordService.h"
#include "app/quality/StopWords.h"
#include "app/quality/WordBreaker.h"
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

QString dbPath()
{
    return envPath("INGOTDESK_KEYWORD_BENCH_DB", "/tmp/ingotdesk-keywords-1m.db");
}

SqliteStore& store()
{
    static std::unique_ptr<SqliteStore> s = [] {
        const QString path = dbPath();
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

const char* const kMonth = "2025-10";

std::pair<qint64, qint64> bounds()
{
    return *KeywordService::monthBounds(QString::fromLatin1(kMonth));
}

// The baseline: the month's texts through the C API, every byte touched, nothing converted.
void BM_PlainSelectOfTexts(benchmark::State& state)
{
    store(); // migrated once
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(qPrintable(dbPath()), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(dbPath()));
    const auto [from, to] = bounds();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT title, description FROM tickets WHERE reported_at BETWEEN ? AND ? "
                       "AND stage <> 'cancelled' ORDER BY reported_at, id",
                       -1, &st, nullptr);
    qint64 rows = 0;
    for (auto _ : state) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        qint64 bytes = 0;
        rows = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            bytes += sqlite3_column_bytes(st, 0) + sqlite3_column_bytes(st, 1);
            ++rows;
        }
        sqlite3_reset(st);
        benchmark::DoNotOptimize(bytes);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    state.counters["tickets"] = double(rows);
}
BENCHMARK(BM_PlainSelectOfTexts)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_RepositoryReadOfTexts(benchmark::State& state)
{
    const auto [from, to] = bounds();
    qint64 rows = 0;
    for (auto _ : state) {
        auto texts = store().quality().facts().complaintTexts(from, to);
        if (!texts)
            qFatal("%s", qPrintable(texts.error().text()));
        rows = texts->size();
    }
    state.counters["tickets"] = double(rows);
}
BENCHMARK(BM_RepositoryReadOfTexts)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_WordBreakingOnly(benchmark::State& state)
{
    const auto [from, to] = bounds();
    const QStringList texts = *store().quality().facts().complaintTexts(from, to);
    for (auto _ : state) {
        qsizetype words = 0;
        for (const QString& t : texts)
            words += WordBreaker::words(t).size();
        benchmark::DoNotOptimize(words);
    }
}
BENCHMARK(BM_WordBreakingOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CountOnThreads(benchmark::State& state)
{
    const auto [from, to] = bounds();
    const QStringList texts = *store().quality().facts().complaintTexts(from, to);
    const auto stop = StopWords::shipped();
    for (auto _ : state) {
        const KeywordCounter counter = KeywordService::count(texts, stop, int(state.range(0)));
        benchmark::DoNotOptimize(counter.top(10));
    }
}
BENCHMARK(BM_CountOnThreads)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(3);

// What the board and the report call: read, break, count, top 10.
void BM_MonthKeywords(benchmark::State& state)
{
    ComplaintKeywords k;
    for (auto _ : state) {
        auto found = KeywordService(store()).month(QString::fromLatin1(kMonth));
        if (!found)
            qFatal("%s", qPrintable(found.error().text()));
        k = *found;
    }
    state.counters["tickets"] = double(k.complaints);
    QStringList top;
    for (const auto& e : k.top)
        top << QStringLiteral("%1 %2 (%3%)").arg(e.word).arg(e.count).arg(100.0 * e.share, 0, 'f', 1);
    std::fprintf(stderr, "%s: %s\n", kMonth, qPrintable(top.join(QStringLiteral(", "))));
}
BENCHMARK(BM_MonthKeywords)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
} // namespace

BENCHMARK_MAIN();
