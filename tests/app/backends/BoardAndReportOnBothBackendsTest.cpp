// The SLA board and the monthly KPI report read through the same statements on both backends
// (storage/sql/board, storage/sql/report). The hand-worked month of tests/data/kpi gives the same
// JSON byte for byte on either; a seeded desk gives the same board on either as on a SQLite file
// seeded alike, which the board's own tests (tests/app/board) check against the clock engine.
#include "app/board/SlaBoardService.h"
#include "app/io/ImportService.h"
#include "app/report/KpiJsonWriter.h"
#include "app/report/KpiReportService.h"
#include "app/seed/DemoSeeder.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"
#include "core/repositories/KpiRepository.h"
#include "core/repositories/SlaBoardRepository.h"
#include "storage/backends/BackendFixture.h"

#include <QFile>

using namespace ingot;
using namespace ingot::test;

namespace {

qint64 local(const char* text)
{
    return Instant::parse(QString::fromLatin1(text)).value();
}

QString kpiFile(const char* name)
{
    return QStringLiteral(INGOTDESK_TEST_DATA "/kpi/") + QLatin1String(name);
}

class BoardAndReportTest : public BackendTest {
protected:
    void importKpiMonth()
    {
        ImportService importer(*backend);
        for (auto [kind, name] :
             {std::pair{ImportKind::Customers, "customers.csv"}, std::pair{ImportKind::Orders, "orders.csv"},
              std::pair{ImportKind::Technicians, "technicians.csv"}, std::pair{ImportKind::Tickets, "tickets.csv"},
              std::pair{ImportKind::Events, "events.csv"}}) {
            auto report = importer.importFile(kind, kpiFile(name), false);
            ASSERT_TRUE(report.problems.isEmpty()) << name << ": " << qPrintable(report.problems.first().text());
        }
    }

    Result<KpiReport> report(Store& store, const char* month, const char* now)
    {
        std::unique_ptr<KpiRepository> reads = store.kpiReads();
        return KpiReportService(store, *reads).build(*LocalMonth::parse(QLatin1String(month)), local(now));
    }

    static Status seed(Store& store)
    {
        DemoSeeder::Options o;
        o.tickets = 600;
        o.seed = 11;
        o.from = local("2026-05-04T00:00:00+08:00");
        o.to = local("2026-06-10T10:00:00+08:00"); // a Wednesday
        auto seeded = DemoSeeder(store).run(o);
        if (!seeded)
            return seeded.error();
        return success();
    }

    static Result<BoardSnapshot> board(Store& store, qint64 now, const BoardFilter& filter = {})
    {
        std::unique_ptr<SlaBoardRepository> reads = store.boardReads();
        FixedClock clock(now);
        auto snapshot = SlaBoardService(store, *reads, clock).snapshot(filter, 30);
        if (snapshot)
            snapshot->workerMs = 0; // a timing, not a figure
        return snapshot;
    }
};

TEST_P(BoardAndReportTest, HandWorkedMonthGivesTheExpectedJson)
{
    importKpiMonth();
    auto r = report(*backend, "2026-03", "2026-04-10T12:00:00+08:00");
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    QFile expected(kpiFile("expected-2026-03.json"));
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(KpiJsonWriter::write(*r)), QString::fromUtf8(expected.readAll()));
}

// As of a past instant the tickets changed later take their state from the history (the cohort's
// subqueries), and the month-end backlog looks events up too.
TEST_P(BoardAndReportTest, ReportAsOfAPastInstantReadsTheHistory)
{
    importKpiMonth();
    auto r = report(*backend, "2026-03", "2026-03-20T12:00:00+08:00");
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    EXPECT_EQ(r->values.reported, 8);
    EXPECT_EQ(r->values.responded, 8);
    EXPECT_EQ(r->values.resolved, 7);
    EXPECT_EQ(r->values.reopenRatePct, 14.3);
    EXPECT_EQ(r->values.backlogEnd, 3);
}

TEST_P(BoardAndReportTest, SeededDeskShowsTheSameBoardAsASqliteFile)
{
    ASSERT_TRUE(seed(*backend).ok());
    TempDatabase referenceDb;
    auto reference = referenceDb.open();
    ASSERT_TRUE(reference);
    ASSERT_TRUE(reference
                    ->write([&]() -> Status {
                        Customer a = test::sampleCustomer(QStringLiteral("C1"), Region::East, Tier::A);
                        Customer b = test::sampleCustomer(QStringLiteral("C2"), Region::North, Tier::C);
                        b.name = QStringLiteral("北方电缆厂");
                        if (auto s = reference->customers().upsert(a); !s)
                            return s;
                        return reference->customers().upsert(b);
                    })
                    .ok());
    ASSERT_TRUE(seed(*reference).ok());

    const qint64 now = local("2026-06-10T10:00:00+08:00");
    for (Store* s : {static_cast<Store*>(backend.get()), static_cast<Store*>(reference.get())}) {
        FixedClock clock(now);
        ASSERT_TRUE(SlaService(*s, clock).sweep(now).ok());
    }
    for (const BoardFilter& filter :
         {BoardFilter{}, BoardFilter{Region::East, std::nullopt, {}}, BoardFilter{std::nullopt, Tier::A, {}}}) {
        auto expected = board(*reference, now, filter);
        auto actual = board(*backend, now, filter);
        ASSERT_TRUE(expected.ok()) << qPrintable(expected.error().text());
        ASSERT_TRUE(actual.ok()) << qPrintable(actual.error().text());
        EXPECT_GT(expected->total().open, 0);
        EXPECT_GT(expected->total().breachedMonth, 0);
        EXPECT_FALSE(expected->next.isEmpty());
        for (size_t i = 0; i < expected->counters.size(); ++i) {
            const BoardCounters& e = expected->counters[i];
            const BoardCounters& a = actual->counters[i];
            EXPECT_EQ(a.open, e.open) << i;
            EXPECT_EQ(a.atRisk, e.atRisk) << i;
            EXPECT_EQ(a.overdue, e.overdue) << i;
            EXPECT_EQ(a.breachedToday, e.breachedToday) << i;
            EXPECT_EQ(a.breachedMonth, e.breachedMonth) << i;
        }
        EXPECT_EQ(actual->next, expected->next);
        EXPECT_EQ(actual->days, expected->days);
        EXPECT_EQ(actual->openByRegion, expected->openByRegion);
        EXPECT_EQ(actual->responseByRegion, expected->responseByRegion);
        EXPECT_EQ(actual->anomalies, expected->anomalies);
        EXPECT_EQ(*actual, *expected);
    }
    // The teams of the filter come from the technicians.
    auto teams = backend->boardReads()->teams();
    ASSERT_TRUE(teams.ok());
    EXPECT_FALSE(teams->isEmpty());

    // The month's report agrees as well, breakdowns and keywords included.
    auto expectedReport = report(*reference, "2026-05", "2026-06-10T10:00:00+08:00");
    auto actualReport = report(*backend, "2026-05", "2026-06-10T10:00:00+08:00");
    ASSERT_TRUE(expectedReport.ok()) << qPrintable(expectedReport.error().text());
    ASSERT_TRUE(actualReport.ok()) << qPrintable(actualReport.error().text());
    EXPECT_GT(expectedReport->values.reported, 100);
    EXPECT_EQ(KpiJsonWriter::write(*actualReport), KpiJsonWriter::write(*expectedReport));
    EXPECT_EQ(*actualReport, *expectedReport);
}

INSTANTIATE_TEST_SUITE_P(Backends, BoardAndReportTest, ::testing::Values(Kind::Sqlite, Kind::Postgres), backendName);

} // namespace
