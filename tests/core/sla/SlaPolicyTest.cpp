#include "core/sla/SlaPolicy.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(SlaPolicy, DefaultsAreTheSpecTable)
{
    const SlaPolicy p = SlaPolicy::defaults();
    ASSERT_TRUE(p.validate().ok());
    const qint64 response[] = {30, 60, 120, 240};
    const qint64 assessment[] = {60, 120, 180, 480};
    const qint64 resolution[] = {480, 1440, 2880, 7200};
    for (Tier tier : allTiers()) {
        for (Priority pr : allPriorities()) {
            const auto i = static_cast<std::size_t>(pr);
            EXPECT_EQ(p.targetMinutes(tier, pr, SlaMetric::Response), response[i]);
            EXPECT_EQ(p.targetMinutes(tier, pr, SlaMetric::Assessment), assessment[i]);
            EXPECT_EQ(p.targetMinutes(tier, pr, SlaMetric::Resolution), resolution[i]);
        }
    }
    EXPECT_EQ(p.calendarFor(Tier::A), QStringLiteral("24x7"));
    EXPECT_EQ(p.calendarFor(Tier::B), QStringLiteral("12x7"));
    EXPECT_EQ(p.calendarFor(Tier::C), QStringLiteral("8x5"));
    EXPECT_EQ(p.atRiskPercent, 75);
}

TEST(SlaPolicy, ValidationNamesTheProblem)
{
    SlaPolicy p = SlaPolicy::defaults();
    p.targetsFor(Tier::B, Priority::P2).resolutionMinutes = 0;
    auto s = p.validate();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("resolution")));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("P2")));

    p = SlaPolicy::defaults();
    p.atRiskPercent = 0;
    EXPECT_FALSE(p.validate().ok());
    p = SlaPolicy::defaults();
    p.calendarByTier[2].clear();
    EXPECT_FALSE(p.validate().ok());
    p = SlaPolicy::defaults();
    p.name = QStringLiteral(" ");
    EXPECT_FALSE(p.validate().ok());
}

TEST(SlaPolicy, PicksThePolicyInForceAtReport)
{
    SlaPolicy v1 = SlaPolicy::defaults();
    v1.id = 1;
    v1.effectiveFrom = 1000;
    SlaPolicy v2 = v1;
    v2.id = 2;
    v2.effectiveFrom = 2000;
    v2.name = QStringLiteral("stricter");
    SlaPolicy v3 = v2; // same instant, saved later: wins the tie
    v3.id = 3;
    SlaPolicy future = v1;
    future.id = 4;
    future.effectiveFrom = 9000;
    const QList<SlaPolicy> all{future, v3, v1, v2};
    EXPECT_FALSE(SlaPolicy::inForce(all, 999).has_value());
    EXPECT_EQ(SlaPolicy::inForce(all, 1000)->id, 1);
    EXPECT_EQ(SlaPolicy::inForce(all, 1999)->id, 1);
    EXPECT_EQ(SlaPolicy::inForce(all, 2000)->id, 3);
    EXPECT_EQ(SlaPolicy::inForce(all, 8999)->id, 3);
    EXPECT_EQ(SlaPolicy::inForce(all, 9000)->id, 4);
    EXPECT_FALSE(SlaPolicy::inForce({}, 5000).has_value());
}

TEST(SlaTypes, KeysRoundTrip)
{
    for (ClockState s : allClockStates())
        EXPECT_EQ(parseClockState(clockStateKey(s)), s);
    for (SlaMetric m : allSlaMetrics())
        EXPECT_EQ(parseSlaMetric(slaMetricKey(m)), m);
    EXPECT_EQ(clockStateKey(ClockState::AtRisk), QStringLiteral("at_risk"));
    EXPECT_EQ(parseSlaMetric(QStringLiteral("响应")), SlaMetric::Response);
}
