#include "core/customers/HealthScore.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
double points(const HealthScore& h, const char* key)
{
    for (const HealthScore::Part& p : h.parts)
        if (p.key == QLatin1String(key))
            return p.points;
    return -1;
}
} // namespace

TEST(HealthScore, WorkedExample)
{
    // docs/customers.md: 4.5 average over 10 surveys, 2 of 20 tickets breached, 1 of 16 resolved
    // reopened, 300 t against 400 t ordered.
    HealthInputs in;
    in.surveys = 10;
    in.averageScore = 4.5;
    in.tickets = 20;
    in.breachedTickets = 2;
    in.resolvedTickets = 16;
    in.reopenedTickets = 1;
    in.recentVolumeT = 300;
    in.previousVolumeT = 400;
    const HealthScore h = HealthScore::compute(in);
    EXPECT_DOUBLE_EQ(points(h, "satisfaction"), 35.0); // 40 x 3.5 / 4
    EXPECT_DOUBLE_EQ(points(h, "breaches"), 15.0);     // 25 x (1 - 0.10 / 0.25)
    EXPECT_DOUBLE_EQ(points(h, "reopen"), 10.3125);    // 15 x (1 - 0.0625 / 0.20)
    EXPECT_DOUBLE_EQ(points(h, "volume_trend"), 10.0); // 20 x (0.75 - 0.5) / 0.5
    EXPECT_EQ(h.score, 70);                            // 70.3125 rounded
    EXPECT_EQ(h.band, HealthScore::Band::Watch);
    EXPECT_TRUE(h.parts.at(0).reason.contains(QStringLiteral("4.50/5 over 10 survey")));
    EXPECT_TRUE(h.parts.at(1).reason.contains(QStringLiteral("2 of 20 tickets")));
    EXPECT_TRUE(h.parts.at(3).reason.contains(QStringLiteral("(-25%)")));
}

TEST(HealthScore, PerfectAndEmpty)
{
    HealthInputs best;
    best.surveys = 3;
    best.averageScore = 5;
    best.tickets = 3;
    best.resolvedTickets = 3;
    best.recentVolumeT = 600;
    best.previousVolumeT = 500;
    EXPECT_EQ(HealthScore::compute(best).score, 100);
    EXPECT_EQ(HealthScore::compute(best).band, HealthScore::Band::Good);

    // Nothing known: neutral satisfaction, no breaches, no reopenings, unknown trend.
    const HealthScore none = HealthScore::compute({});
    EXPECT_EQ(none.score, 30 + 25 + 15 + 10);
    EXPECT_EQ(none.parts.size(), 4);
}

TEST(HealthScore, AtRiskAccount)
{
    HealthInputs in;
    in.surveys = 4;
    in.averageScore = 2;
    in.tickets = 8;
    in.breachedTickets = 4;
    in.resolvedTickets = 6;
    in.reopenedTickets = 3;
    in.recentVolumeT = 50;
    in.previousVolumeT = 400;
    const HealthScore h = HealthScore::compute(in);
    EXPECT_EQ(h.score, 10); // only satisfaction scores: 40 x 1 / 4
    EXPECT_EQ(h.band, HealthScore::Band::AtRisk);
    EXPECT_EQ(HealthScore::bandKey(h.band), QStringLiteral("at_risk"));
}
