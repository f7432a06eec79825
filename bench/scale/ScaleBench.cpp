// The queue's hot paths on 1,000,000 tickets and 20,000 customers, each next to a baseline that
// runs in the same process on the same file: what SQLite itself does for the same answer through
// its C API. Results and how to read them: docs/performance.md; run everything: scripts/bench.sh.
//
// Each measured path is registered as NAME and its baseline as NAME/sqlite (the plain indexed
// SELECT), NAME/like (a LIKE scan) or NAME/raw-insert; scripts/bench.sh prints the ratios.
#include "app/io/ImportService.h"
#include "app/seed/DemoSeeder.h"
#include "core/common/Instant.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sqlite3.h>

using namespace ingot;

namespace {
constexpr int kPageSize = 50;
constexpr qint64 kDeepOffset = 250'000;  // page 5,000
constexpr int kImportRows = 100'000;

QString benchDbPath()
{
    const QByteArray env = qgetenv("INGOTDESK_BENCH_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/ingotdesk-bench-1m.db") : QString::fromLocal8Bit(env);
}

// The generator: `ingotdesk-cli seed --tickets 1000000 --seed 1 --from 2025-01-01 --to 2026-01-01`, the
// same options scripts/bench.sh uses, so that either one builds the cached file.
DemoSeeder::Options seedOptions(qint64 tickets, int customers)
{
    DemoSeeder::Options o;
    o.tickets = tickets;
    o.customers = customers;
    o.seed = 1;
    o.from = *Instant::parse(QStringLiteral("2025-01-01"));
    o.to = *Instant::parse(QStringLiteral("2026-01-01"));
    return o;
}

SqliteStore& store()
{
    static std::unique_ptr<SqliteStore> s = [] {
        const QString path = benchDbPath();
        if (!QFile::exists(path)) {
            std::fprintf(stderr, "building %s (1,000,000 tickets; once)...\n", qPrintable(path));
            auto created = SqliteStore::open(path);
            if (!created)
                qFatal("%s", qPrintable(created.error().text()));
            QElapsedTimer timer;
            timer.start();
            DemoSeeder seeder(**created);
            if (auto r = seeder.run(seedOptions(1'000'000, -1)); !r)
                qFatal("%s", qPrintable(r.error().text()));
            std::fprintf(stderr, "seeded in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
        }
        auto opened = SqliteStore::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
        return std::move(opened).value();
    }();
    return *s;
}

sqlite3* handle()
{
    return store().connection().handle();
}

// Steps a native statement to its end, reading every column like a caller would.
qint64 drain(sqlite3_stmt* s)
{
    qint64 rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(s); ++i)
            benchmark::DoNotOptimize(sqlite3_column_text(s, i));
        ++rows;
    }
    sqlite3_reset(s);
    return rows;
}

sqlite3_stmt* prepare(const QString& sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(handle(), sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
        qFatal("%s: %s", qPrintable(sql), sqlite3_errmsg(handle()));
    return s;
}

void bindText(sqlite3_stmt* s, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

// ---- Queue pages -------------------------------------------------------------------------------

struct PageCase {
    const char* name;
    QueueFilter filter;
    QueueSort sort;
    qint64 offset;
    const char* baselineWhere;  // the same filter as plain SQL
    const char* baselineOrder;
};

QueueFilter with(const std::function<void(QueueFilter&)>& set)
{
    QueueFilter f;
    set(f);
    return f;
}

QString openStages()
{
    QStringList open;
    for (Stage s : allStages())
        if (isOpen(s))
            open << QLatin1Char('\'') + stageKey(s) + QLatin1Char('\'');
    return QStringLiteral("stage IN (%1)").arg(open.join(QLatin1Char(',')));
}

std::vector<PageCase> pageCases()
{
    const char* newest = "ORDER BY reported_at DESC, id DESC";
    static const QByteArray open = openStages().toUtf8();
    static const QByteArray east = QStringLiteral("region = '%1'").arg(regionKey(Region::East)).toUtf8();
    return {
        {"page/first", {}, QueueSort::NewestFirst, 0, "", newest},
        {"page/5000", {}, QueueSort::NewestFirst, kDeepOffset, "", newest},
        {"page/5000/oldest", {}, QueueSort::OldestFirst, kDeepOffset, "", "ORDER BY reported_at ASC, id ASC"},
        {"page/first/open", with([](QueueFilter& f) { f.openOnly = true; }), QueueSort::NewestFirst, 0,
         open.constData(), newest},
        {"page/first/stage=closed", with([](QueueFilter& f) { f.stage = Stage::Closed; }), QueueSort::NewestFirst, 0,
         "stage = 'closed'", newest},
        {"page/5000/stage=closed", with([](QueueFilter& f) { f.stage = Stage::Closed; }), QueueSort::NewestFirst,
         kDeepOffset, "stage = 'closed'", newest},
        {"page/first/tier=A", with([](QueueFilter& f) { f.tier = Tier::A; }), QueueSort::NewestFirst, 0, "tier = 'A'",
         newest},
        {"page/5000/tier=B", with([](QueueFilter& f) { f.tier = Tier::B; }), QueueSort::NewestFirst, kDeepOffset,
         "tier = 'B'", newest},
        {"page/first/priority=P1", with([](QueueFilter& f) { f.priority = Priority::P1; }), QueueSort::NewestFirst, 0,
         "priority = 'P1'", newest},
        {"page/first/region=East", with([](QueueFilter& f) { f.region = Region::East; }), QueueSort::NewestFirst, 0,
         east.constData(), newest},
        // East holds a quarter of the tickets: its deepest pages are near 4,000.
        {"page/4000/region=East", with([](QueueFilter& f) { f.region = Region::East; }), QueueSort::NewestFirst,
         200'000, east.constData(), newest},
        {"page/first/unassigned", with([](QueueFilter& f) { f.assignee = QString(); }), QueueSort::NewestFirst, 0,
         "assignee = ''", newest},
        {"page/first/customer", with([](QueueFilter& f) { f.customerCode = QStringLiteral("C00042"); }),
         QueueSort::NewestFirst, 0, "customer_id = (SELECT id FROM customers WHERE code = 'C00042')", newest},
        {"page/first/by-priority", {}, QueueSort::PriorityFirst, 0, "", "ORDER BY priority ASC, reported_at DESC, id DESC"},
        {"page/5000/by-priority", {}, QueueSort::PriorityFirst, kDeepOffset, "",
         "ORDER BY priority ASC, reported_at DESC, id DESC"},
        {"page/first/by-due", {}, QueueSort::DueFirst, 0, "", "ORDER BY next_due_at IS NULL, next_due_at ASC, id ASC"},
        {"page/5000/by-due", {}, QueueSort::DueFirst, kDeepOffset, "",
         "ORDER BY next_due_at IS NULL, next_due_at ASC, id ASC"},
    };
}

void registerPages()
{
    for (const PageCase& c : pageCases()) {
        benchmark::RegisterBenchmark(c.name, [c](benchmark::State& state) {
            qint64 rows = 0;
            for (auto _ : state) {
                auto page = store().tickets().page(c.filter, c.sort, c.offset, kPageSize);
                if (!page)
                    state.SkipWithError(qPrintable(page.error().text()));
                rows = page ? page->size() : 0;
            }
            state.counters["rows"] = static_cast<double>(rows);
        })->Unit(benchmark::kMillisecond);
        // SQLite's floor for this page: the ids of the page's rows, from the same index.
        const QString where = *c.baselineWhere ? QStringLiteral("WHERE ") + QString::fromUtf8(c.baselineWhere) : QString();
        const QString sql = QStringLiteral("SELECT id FROM tickets %1 %2 LIMIT %3 OFFSET %4")
                                .arg(where, QLatin1String(c.baselineOrder))
                                .arg(kPageSize)
                                .arg(c.offset);
        benchmark::RegisterBenchmark((std::string(c.name) + "/sqlite").c_str(), [sql](benchmark::State& state) {
            sqlite3_stmt* s = prepare(sql);
            qint64 rows = 0;
            for (auto _ : state)
                rows = drain(s);
            sqlite3_finalize(s);
            state.counters["rows"] = static_cast<double>(rows);
        })->Unit(benchmark::kMillisecond);
    }
    // Counts the queue shows above the page.
    const std::vector<std::pair<const char*, QueueFilter>> counts{
        {"count/all", {}},
        {"count/open", with([](QueueFilter& f) { f.openOnly = true; })},
        {"count/tier=B", with([](QueueFilter& f) { f.tier = Tier::B; })},
        {"count/region=East", with([](QueueFilter& f) { f.region = Region::East; })},
    };
    for (const auto& [name, filter] : counts)
        benchmark::RegisterBenchmark(name, [filter = filter](benchmark::State& state) {
            for (auto _ : state)
                benchmark::DoNotOptimize(store().tickets().count(filter));
        })->Unit(benchmark::kMillisecond);
}

// ---- Text search ---------------------------------------------------------------------------------

struct SearchCase {
    const char* name;
    const char* text;
};

// Terms of the seeded vocabulary from very common to rare; the English ones are the ASCII parts of
// the seeded text (sizes, numbers) and ticket numbers.
const std::vector<SearchCase>& searchCases()
{
    static const std::vector<SearchCase> cases{
        {"zh2-common(氧化)", "氧化"},      {"zh2(气孔)", "气孔"},          {"zh2(包装)", "包装"},
        {"zh3(打包带)", "打包带"},         {"zh6(表面发白氧化)", "表面发白氧化"}, {"zh4-customer(天能蓄电)", "天能蓄电"},
        {"en4(10mm)", "10mm"},             {"en2(mm)", "mm"},              {"en-number-part(T2025-0012)", "T2025-0012"},
        {"zh4-none(铜锭裂纹)", "铜锭裂纹"},
    };
    return cases;
}

// The scan the text filter did before the search indexes (schema 3): every ticket's title and
// description against LIKE '%text%', or a customer whose name is LIKE it.
const char* kLikeWhere = "WHERE t.title LIKE ?1 ESCAPE '\\' OR t.description LIKE ?1 ESCAPE '\\' "
                         "OR t.customer_id IN (SELECT id FROM customers WHERE name LIKE ?1 ESCAPE '\\')";

void registerSearch()
{
    for (const SearchCase& c : searchCases()) {
        const QString text = QString::fromUtf8(c.text);
        QueueFilter f;
        f.text = text;
        const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
        const std::string name = std::string("search/") + c.name;
        benchmark::RegisterBenchmark((name + "/count").c_str(), [f](benchmark::State& state) {
            qint64 n = 0;
            for (auto _ : state) {
                auto r = store().tickets().count(f);
                n = r ? *r : -1;
            }
            state.counters["matches"] = static_cast<double>(n);
        })->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((name + "/count/like").c_str(), [pattern](benchmark::State& state) {
            sqlite3_stmt* s = prepare(QStringLiteral("SELECT count(*) FROM tickets t %1").arg(QLatin1String(kLikeWhere)));
            bindText(s, 1, pattern);
            qint64 n = 0;
            for (auto _ : state) {
                sqlite3_step(s);
                n = sqlite3_column_int64(s, 0);
                sqlite3_reset(s);
            }
            sqlite3_finalize(s);
            state.counters["matches"] = static_cast<double>(n);
        })->Unit(benchmark::kMillisecond)->Iterations(1);
        benchmark::RegisterBenchmark((name + "/page").c_str(), [f](benchmark::State& state) {
            for (auto _ : state)
                benchmark::DoNotOptimize(store().tickets().page(f, QueueSort::NewestFirst, 0, kPageSize));
        })->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((name + "/page/like").c_str(), [pattern](benchmark::State& state) {
            sqlite3_stmt* s = prepare(QStringLiteral("SELECT t.id FROM tickets t %1 ORDER BY t.reported_at DESC, "
                                                     "t.id DESC LIMIT %2")
                                          .arg(QLatin1String(kLikeWhere))
                                          .arg(kPageSize));
            bindText(s, 1, pattern);
            for (auto _ : state)
                benchmark::DoNotOptimize(drain(s));
            sqlite3_finalize(s);
        })->Unit(benchmark::kMillisecond)->Iterations(1);
    }
}

// ---- Bulk import -----------------------------------------------------------------------------------

// A database with the customers and orders of the 1M file's generator (20,000 customers) and no
// tickets, copied afresh for every import so that each one runs on the same file.
struct ImportFixture {
    QTemporaryDir dir;
    QString templatePath;
    QByteArray csv;
    struct Row {
        QString number, category, priority, channel, title, description, reporter, orderNo, batchNo, tier, region;
        qint64 customerId = 0;
        std::optional<qint64> orderId;
        qint64 reportedAt = 0;
    };
    std::vector<Row> rows;  // the same rows, resolved, for the raw inserts

    ImportFixture()
    {
        templatePath = dir.filePath(QStringLiteral("template.db"));
        auto s = SqliteStore::open(templatePath);
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
        DemoSeeder seeder(**s);
        if (auto r = seeder.run(seedOptions(0, 20'000)); !r)
            qFatal("%s", qPrintable(r.error().text()));
        buildRows(s->get()->connection());
    }

    void buildRows(SqliteConnection& c)
    {
        struct Customer {
            qint64 id;
            QString code, tier, region, contact;
            QList<std::tuple<qint64, QString, QString>> orders;  // id, number, batch
        };
        QList<Customer> customers;
        QHash<qint64, qsizetype> byId;
        QSqlQuery q(c.database());
        q.exec(QStringLiteral("SELECT id, code, tier, region, contact_name FROM customers ORDER BY id"));
        while (q.next()) {
            byId.insert(q.value(0).toLongLong(), customers.size());
            customers.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), {}});
        }
        q.exec(QStringLiteral("SELECT id, order_no, batch_no, customer_id FROM orders ORDER BY id"));
        while (q.next())
            customers[byId.value(q.value(3).toLongLong())].orders.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        q.finish();

        const std::array<std::pair<const char*, const char*>, 4> texts{{
            {"铅锭表面发白氧化", "到货铅锭表面出现一层白色薄膜,客户担心质量问题,要求退货。"},
            {"铅锭包装破损", "多捆铅锭打包带断裂,标签脱落,仓库无法按批次入库。"},
            {"切开后发现内部气孔", "客户熔铸车间反映本批次铅锭断面可见气孔,影响极板质量。"},
            {"过磅重量与单据不符", "客户地磅复秤结果比发货单少,要求核对并补货。"},
        }};
        const std::array categories{"oxidation", "packaging", "porosity", "weight"};
        std::mt19937_64 rng(7);
        const qint64 start = *Instant::parse(QStringLiteral("2030-01-01"));
        csv = "ticket_no,customer_code,category,priority,title,reported_at,order_no,channel,description,reporter\n";
        for (int i = 0; i < kImportRows; ++i) {
            const Customer& cu = customers.at(std::uniform_int_distribution<qsizetype>(0, customers.size() - 1)(rng));
            const std::size_t k = static_cast<std::size_t>(i) % texts.size();
            Row r;
            r.number = QStringLiteral("T2030-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            r.customerId = cu.id;
            r.category = QString::fromLatin1(categories[k]);
            r.priority = QStringLiteral("P%1").arg(1 + i % 4);
            r.channel = QStringLiteral("phone");
            r.title = QString::fromUtf8(texts[k].first);
            r.description = QString::fromUtf8(texts[k].second);
            r.reporter = cu.contact;
            r.tier = cu.tier;
            r.region = cu.region;
            r.reportedAt = start + i * 60LL;
            if (!cu.orders.isEmpty()) {
                const auto& [id, no, batch] = cu.orders.at(i % cu.orders.size());
                r.orderId = id;
                r.orderNo = no;
                r.batchNo = batch;
            }
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,\"%9\",%10\n")
                       .arg(r.number, cu.code, r.category, r.priority, r.title, Instant::format(r.reportedAt), r.orderNo,
                            r.channel, r.description)
                       .arg(r.reporter)
                       .toUtf8();
            rows.push_back(std::move(r));
        }
    }

    QString freshCopy(int n) const
    {
        const QString path = dir.filePath(QStringLiteral("import-%1.db").arg(n));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::copy(templatePath, path);
        return path;
    }
};

ImportFixture& importFixture()
{
    static ImportFixture f;
    return f;
}

void BM_Import(benchmark::State& state)
{
    ImportFixture& f = importFixture();
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto s = SqliteStore::open(f.freshCopy(++n));
        state.ResumeTiming();
        ImportService service(**s);
        const auto report = service.importData(ImportKind::Tickets, f.csv, QStringLiteral("tickets.csv"), false);
        if (!report.committed)
            state.SkipWithError(qPrintable(report.problems.value(0).text()));
        state.PauseTiming();
        s->reset();
        state.ResumeTiming();
    }
    state.counters["rows/s"] = benchmark::Counter(kImportRows, benchmark::Counter::kIsIterationInvariantRate);
}

// The same rows, already parsed and resolved, through one prepared INSERT on the C API in one
// transaction. `onePass`: the search index is filled by one statement at the end, as bulk loads do.
void rawInsert(benchmark::State& state, bool onePass)
{
    ImportFixture& f = importFixture();
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto s = SqliteStore::open(f.freshCopy(++n));
        sqlite3* h = (*s)->connection().handle();
        state.ResumeTiming();
        sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (onePass)
            sqlite3_exec(h, "INSERT INTO search_deferred (since) SELECT ifnull(max(id), 0) FROM tickets", nullptr,
                         nullptr, nullptr);
        sqlite3_stmt* ins = nullptr;
        sqlite3_prepare_v2(h,
                           "INSERT INTO tickets (ticket_no, customer_id, order_id, batch_no, category, priority, "
                           "channel, title, description, reporter, reported_at, tier, region, stage, resume_stage, "
                           "assignee, last_event_at, reopen_count, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reported', 'reported', '', ?, 0, 1)",
                           -1, &ins, nullptr);
        for (const ImportFixture::Row& r : f.rows) {
            const auto text = [&](int i, const QString& v) {
                const QByteArray u = v.toUtf8();
                sqlite3_bind_text(ins, i, u.constData(), static_cast<int>(u.size()), SQLITE_TRANSIENT);
            };
            text(1, r.number);
            sqlite3_bind_int64(ins, 2, r.customerId);
            if (r.orderId)
                sqlite3_bind_int64(ins, 3, *r.orderId);
            else
                sqlite3_bind_null(ins, 3);
            text(4, r.batchNo);
            text(5, r.category);
            text(6, r.priority);
            text(7, r.channel);
            text(8, r.title);
            text(9, r.description);
            text(10, r.reporter);
            sqlite3_bind_int64(ins, 11, r.reportedAt);
            text(12, r.tier);
            text(13, r.region);
            sqlite3_bind_int64(ins, 14, r.reportedAt);
            if (sqlite3_step(ins) != SQLITE_DONE)
                state.SkipWithError(sqlite3_errmsg(h));
            sqlite3_reset(ins);
        }
        sqlite3_finalize(ins);
        if (onePass) {
            sqlite3_exec(h,
                         "INSERT INTO ticket_search (rowid, ticket_no, title, description, customer) SELECT id, "
                         "ticket_no, title, description, customer FROM ticket_search_source WHERE id > (SELECT since "
                         "FROM search_deferred);"
                         "INSERT INTO ticket_bigrams (rowid, grams) SELECT id, grams FROM ticket_search_source WHERE "
                         "id > (SELECT since FROM search_deferred);"
                         "DELETE FROM search_deferred;",
                         nullptr, nullptr, nullptr);
        }
        sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
        state.PauseTiming();
        s->reset();
        state.ResumeTiming();
    }
    state.counters["rows/s"] = benchmark::Counter(kImportRows, benchmark::Counter::kIsIterationInvariantRate);
}

void registerImport()
{
    benchmark::RegisterBenchmark("import/100k", BM_Import)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
    benchmark::RegisterBenchmark("import/100k/raw-insert", [](benchmark::State& s) { rawInsert(s, false); })
        ->Unit(benchmark::kSecond)
        ->Iterations(1)
        ->UseRealTime();
    benchmark::RegisterBenchmark("import/100k/raw-insert-one-pass", [](benchmark::State& s) { rawInsert(s, true); })
        ->Unit(benchmark::kSecond)
        ->Iterations(1)
        ->UseRealTime();
}
}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    registerPages();
    registerSearch();
    registerImport();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
