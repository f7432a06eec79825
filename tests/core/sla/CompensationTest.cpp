// The 延迟1小时减免5%货款 rule: hours = ceil(overrun seconds / 3600),
// credit = min(hours × V × 500, V × 3000) / 10000, floored.
#include "core/sla/Compensation.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
struct Case {
    qint64 valueFen;
    qint64 overrunSeconds;
    qint64 creditFen;
    const char* why;
};

const Case kCases[] = {
    {100000, 0, 0, "not over: nothing"},
    {100000, -60, 0, "met clocks have no overrun"},
    {100000, 1, 5000, "one second over starts the first hour: 5% of 1000.00 CNY"},
    {100000, 3600, 5000, "exactly one hour: still one hour"},
    {100000, 3601, 10000, "one second into the second hour: 10%"},
    {100000, 5 * 3600, 25000, "five hours: 25%"},
    {100000, 6 * 3600, 30000, "six hours: 30%, exactly the cap"},
    {100000, 6 * 3600 + 1, 30000, "seven started hours would be 35%: capped at 30%"},
    {100000, 1000LL * 24 * 3600, 30000, "a very late ticket is still capped"},
    {12345, 3600, 617, "123.45 CNY × 5% = 6.1725 CNY: floored to 617 fen"},
    {12345, 6 * 3600, 3703, "123.45 CNY × 30% = 37.035 CNY: floored to 3703 fen"},
    {1, 3600, 0, "one fen × 5% floors to nothing"},
    {0, 3600, 0, "no order value"},
    {9'000'000'000'000'000'001LL, 100 * 3600, 2'700'000'000'000'000'000LL, "no overflow near the qint64 limit"},
};
} // namespace

TEST(Compensation, HandWorkedCases)
{
    for (const Case& c : kCases)
        EXPECT_EQ(Compensation::creditFen(c.valueFen, c.overrunSeconds), c.creditFen) << c.why;
}

TEST(Compensation, StartedHours)
{
    EXPECT_EQ(Compensation::overrunHours(0), 0);
    EXPECT_EQ(Compensation::overrunHours(59 * 60 + 59), 1);
    EXPECT_EQ(Compensation::overrunHours(3600), 1);
    EXPECT_EQ(Compensation::overrunHours(7201), 3);
}

TEST(Compensation, RuleIsData)
{
    // 2% per hour capped at 5%: 3 hours = 5% (capped from 6%).
    const CompensationRule rule{200, 500};
    EXPECT_TRUE(rule.validate().ok());
    EXPECT_EQ(Compensation::creditFen(100000, 2 * 3600, rule), 4000);
    EXPECT_EQ(Compensation::creditFen(100000, 3 * 3600, rule), 5000);
    EXPECT_EQ(Compensation::creditFen(100000, 3 * 3600, CompensationRule{0, 3000}), 0);
    EXPECT_FALSE((CompensationRule{-1, 3000}).validate().ok());
    EXPECT_FALSE((CompensationRule{500, 10001}).validate().ok());
}

TEST(Compensation, FromAClockEvaluation)
{
    ClockEvaluation resolution;
    resolution.targetSeconds = 480 * 60;
    resolution.elapsedSeconds = 480 * 60 + 61 * 60; // 61 min over: 2 hours
    EXPECT_EQ(Compensation::creditFen(250000, resolution), 25000);
}
