#include "core/board/BoardAssembler.h"

#include "core/common/Instant.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
BoardQuery queryAt(const char* now)
{
    BoardQuery q;
    q.periods = BoardPeriods::at(*Instant::parse(QString::fromLatin1(now)));
    return q;
}

// Tickets of one region and category on `day` days after the first history week began.
BoardDayRow day(int d, Region region, Category category, qint64 reported, qint64 responded, double hours)
{
    BoardDayRow r;
    r.day = d;
    r.region = region;
    r.category = category;
    r.reported = reported;
    r.reportedEarly = reported;
    r.responded = responded;
    r.responseSeconds = static_cast<qint64>(hours * 3600.0) * responded;
    return r;
}
} // namespace

TEST(BoardAssemblerTest, PeriodsAreLocal)
{
    const BoardPeriods p = BoardPeriods::at(*Instant::parse(QStringLiteral("2026-06-10T10:00:00+08:00")));
    EXPECT_EQ(p.dayStart, *Instant::parse(QStringLiteral("2026-06-10T00:00:00+08:00")));
    EXPECT_EQ(p.monthStart, *Instant::parse(QStringLiteral("2026-06-01T00:00:00+08:00")));
    EXPECT_EQ(p.weekStart, *Instant::parse(QStringLiteral("2026-06-08T00:00:00+08:00")));
    EXPECT_EQ(p.historyStart, *Instant::parse(QStringLiteral("2026-04-13T00:00:00+08:00")));
    EXPECT_EQ(p.complianceStart, *Instant::parse(QStringLiteral("2026-05-12T00:00:00+08:00")));
    EXPECT_EQ(p.weekSpan(), 2 * 86400 + 10 * 3600);
}

TEST(BoardAssemblerTest, CountersAddUpPerTierAndInTotal)
{
    BoardQuery q = queryAt("2026-06-10T10:00:00+08:00");
    BoardFacts f;
    f.open = {{Tier::A, Region::East, 5, 2, 1}, {Tier::A, Region::South, 3, 0, 0}, {Tier::C, Region::East, 7, 1, 4}};
    f.breached = {{Tier::B, 1, 6}, {Tier::C, 2, 3}};
    const BoardSnapshot s = BoardAssembler::assemble(q, f, AnomalyRule{});
    EXPECT_EQ(s.tier(Tier::A), (BoardCounters{8, 2, 1, 0, 0}));
    EXPECT_EQ(s.tier(Tier::B), (BoardCounters{0, 0, 0, 1, 6}));
    EXPECT_EQ(s.tier(Tier::C), (BoardCounters{7, 1, 4, 2, 3}));
    EXPECT_EQ(s.total(), (BoardCounters{15, 3, 5, 3, 9}));
    ASSERT_EQ(s.openByRegion.size(), allRegions().size());
    EXPECT_EQ(s.openByRegion.at(0).byTier, (std::array<qint64, 3>{5, 0, 7}));
    EXPECT_EQ(s.days.size(), 30);
    EXPECT_EQ(s.days.last().dayStart, q.periods.dayStart);
}

TEST(BoardAssemblerTest, SlowRegionIsAnAnomalyWithItsReason)
{
    BoardQuery q = queryAt("2026-06-10T10:00:00+08:00"); // this week = week 8, days 56..
    BoardFacts f;
    const double history[8] = {2.0, 2.5, 1.5, 2.0, 3.0, 1.5, 2.0, 2.3};
    for (int w = 0; w < 8; ++w) {
        f.days << day(w * 7 + 1, Region::East, Category::Porosity, 20, 20, history[w]);
        f.days << day(w * 7 + 2, Region::North, Category::Oxidation, 20, 20, history[w]);
    }
    f.days << day(56, Region::East, Category::Porosity, 15, 12, 5.2);
    f.days << day(56, Region::North, Category::Oxidation, 15, 12, 2.4);
    const BoardSnapshot s = BoardAssembler::assemble(q, f, AnomalyRule{});
    // East and porosity are the same tickets here: both are slow, nothing else is.
    ASSERT_EQ(s.anomalies.size(), 2);
    EXPECT_EQ(s.anomalies.at(1).subject, AnomalySubject::Category);
    EXPECT_EQ(s.anomalies.at(1).key, categoryKey(Category::Porosity));
    const BoardAnomaly& a = s.anomalies.first();
    EXPECT_EQ(a.subject, AnomalySubject::Region);
    EXPECT_EQ(a.key, regionKey(Region::East));
    EXPECT_EQ(a.measure, AnomalyMeasure::ResponseHours);
    EXPECT_NEAR(a.current, 5.2, 1e-9);
    EXPECT_NEAR(a.mean, 2.1, 1e-9);
    EXPECT_EQ(a.reason, QStringLiteral("East response 5.2 h this week vs 2.1 ± 0.5 h over 8 weeks"));
    const RegionResponse& east = s.responseByRegion.first();
    EXPECT_NEAR(*east.thisWeekHours, 5.2, 1e-9);
    EXPECT_NEAR(*east.historyMeanHours, 2.1, 1e-9);
    EXPECT_EQ(east.previousWeeks.size(), 8);
}

TEST(BoardAssemblerTest, CategoryCountComparesTheSamePartOfEarlierWeeks)
{
    BoardQuery q = queryAt("2026-06-10T10:00:00+08:00");
    BoardFacts f;
    for (int w = 0; w < 8; ++w) {
        BoardDayRow r = day(w * 7, Region::East, Category::Packaging, 40, 0, 0);
        r.reportedEarly = 10 + (w % 2); // 10, 11, 10, 11 ... in the first 2.4 days of each week
        f.days << r;
    }
    f.days << day(57, Region::East, Category::Packaging, 30, 0, 0);
    const BoardSnapshot s = BoardAssembler::assemble(q, f, AnomalyRule{});
    bool found = false;
    for (const BoardAnomaly& a : s.anomalies)
        if (a.subject == AnomalySubject::Category && a.measure == AnomalyMeasure::TicketCount) {
            found = true;
            EXPECT_EQ(a.key, categoryKey(Category::Packaging));
            EXPECT_DOUBLE_EQ(a.current, 30);
            EXPECT_DOUBLE_EQ(a.mean, 10.5);
        }
    EXPECT_TRUE(found);
}

TEST(BoardAssemblerTest, ComplianceDays)
{
    BoardQuery q = queryAt("2026-06-10T10:00:00+08:00");
    BoardFacts f;
    // Four responded today, one of them late; one more breached but not responded yet.
    f.days << day(58, Region::East, Category::Weight, 5, 4, 1);
    f.breachDays << BoardBreachDay{58, SlaMetric::Response, 2, 1};
    const BoardSnapshot s = BoardAssembler::assemble(q, f, AnomalyRule{});
    EXPECT_EQ(s.days.last().responseMet, 3);
    EXPECT_EQ(s.days.last().responseBreached, 2);
    EXPECT_DOUBLE_EQ(*s.days.last().responsePct(), 60.0);
    EXPECT_FALSE(s.days.last().resolutionPct().has_value());
}
