#include "app/report/KpiJsonWriter.h"
#include "app/sla/SlaService.h"
#include "app/report/KpiFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {
using KpiReportTest = KpiFixture;
constexpr const char* kNow = "2026-04-10T12:00:00+08:00";
} // namespace

// Every figure of expected-2026-03.json is worked out by hand in tests/data/kpi/README.md.
TEST_F(KpiReportTest, HandWorkedMonthMatchesByteForByte)
{
    auto r = report("2026-03", kNow);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    const QByteArray json = KpiJsonWriter::write(*r);
    EXPECT_EQ(QString::fromUtf8(json), QString::fromUtf8(readKpiFile(QStringLiteral("expected-2026-03.json"))));
}

TEST_F(KpiReportTest, PreviousMonthAndTargetsComeWithTheReport)
{
    auto r = report("2026-03", kNow);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    EXPECT_EQ(r->previousMonth, QStringLiteral("2026-02"));
    // February: P01 and P02; P03 was cancelled in February, P04 on 3 April (before now).
    EXPECT_EQ(r->previous.reported, 2);
    EXPECT_EQ(r->previous.responded, 2);
    EXPECT_EQ(r->previous.responseHoursAvg, 0.75);
    EXPECT_EQ(r->previous.resolved, 2);
    EXPECT_EQ(r->previous.resolutionRatePct, 100.0);
    EXPECT_FALSE(r->previous.csatPct.has_value());
    EXPECT_EQ(r->previous.compensationCny, 0.0);
    // End of February: P02 and P04 open (P04 was cancelled only in April).
    EXPECT_EQ(r->previous.backlogEnd, 2);
    EXPECT_EQ(r->targets, KpiTargets::defaults());
    EXPECT_EQ(r->monthStart, at("2026-03-01T00:00:00+08:00"));
    EXPECT_EQ(r->monthEnd, at("2026-04-01T00:00:00+08:00"));
}

// As of a past instant the later events do not exist: on 20 March only the tickets reported by then
// count, T04's reopen (10 March) is known but T13's (8 April) is not.
TEST_F(KpiReportTest, AsOfAPastInstantIgnoresLaterEvents)
{
    auto r = report("2026-03", "2026-03-20T12:00:00+08:00");
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    // Reported by then and not cancelled: T01-T06, T08, T12 (T07 cancelled on the 16th).
    EXPECT_EQ(r->values.reported, 8);
    // T06 responded on the 16th; all eight have responded.
    EXPECT_EQ(r->values.responded, 8);
    // Resolved: T01, T02, T03, T04 (again on the 10th), T05 (17th), T08, T12.
    EXPECT_EQ(r->values.resolved, 7);
    EXPECT_EQ(r->values.reopenRatePct, 14.3);  // T04 of 7 resolved at least once
    // Open at 20 March 12:00: T06 and February's P02 and P04.
    EXPECT_EQ(r->values.backlogEnd, 3);
}

// The stored records of a sweep do not change the report: it replays the history itself.
TEST_F(KpiReportTest, SweepDoesNotChangeTheReport)
{
    auto before = report("2026-03", kNow);
    ASSERT_TRUE(before.ok());
    FixedClock clock(at(kNow));
    auto swept = SlaService(*store, clock).sweep(at(kNow));
    ASSERT_TRUE(swept.ok()) << qPrintable(swept.error().text());
    auto after = report("2026-03", kNow);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(KpiJsonWriter::write(*after), KpiJsonWriter::write(*before));
}

TEST_F(KpiReportTest, EmptyMonthIsAllNulls)
{
    auto r = report("2025-06", kNow);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    EXPECT_EQ(r->values.reported, 0);
    EXPECT_FALSE(r->values.responseHoursAvg.has_value());
    EXPECT_FALSE(r->values.responseHoursP90.has_value());
    EXPECT_FALSE(r->values.responseSlaPct.has_value());
    EXPECT_FALSE(r->values.resolutionRatePct.has_value());
    EXPECT_FALSE(r->values.csatAvg.has_value());
    EXPECT_EQ(r->values.compensationCny, 0.0);
    EXPECT_EQ(r->values.backlogEnd, 0);
    EXPECT_TRUE(r->topCategories.isEmpty());
    EXPECT_TRUE(r->byAssignee.isEmpty());
    EXPECT_EQ(r->byTier.size(), 3);
    const QByteArray json = KpiJsonWriter::write(*r);
    EXPECT_TRUE(json.contains("\"by_assignee\": {}"));
    EXPECT_TRUE(json.contains("\"top_categories\": []"));
}
