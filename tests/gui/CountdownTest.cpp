#include "gui/common/Countdown.h"

#include <gtest/gtest.h>

using ingot::Countdown;

namespace {
constexpr qint64 kDue = 1'800'000'000;
}

TEST(Countdown, FloorsTheMinutesLeft)
{
    EXPECT_EQ(Countdown::text(kDue, kDue - 59), QStringLiteral("0 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue - 45 * 60 - 59), QStringLiteral("45 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue - 3600), QStringLiteral("1 h 00 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue - (2 * 3600 + 5 * 60 + 30)), QStringLiteral("2 h 05 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue - (3 * 86400 + 4 * 3600 + 59 * 60)), QStringLiteral("3 d 4 h"));
}

TEST(Countdown, RoundsOverdueUpSoALateClockNeverReadsZero)
{
    EXPECT_EQ(Countdown::text(kDue, kDue), QStringLiteral("overdue 0 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue + 1), QStringLiteral("overdue 1 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue + 35 * 60), QStringLiteral("overdue 35 min"));
    EXPECT_EQ(Countdown::text(kDue, kDue + 25 * 3600), QStringLiteral("overdue 1 d 1 h"));
}

TEST(Countdown, NoDueNoText)
{
    EXPECT_TRUE(Countdown::text(0, kDue).isEmpty());
    EXPECT_FALSE(Countdown::color(0, 0, kDue).isValid());
}

TEST(Countdown, GreenBeforeTheAtRiskInstantAmberFromItRedWhenOverdue)
{
    // A 4-hour target at risk from 75%: three service hours in, which may be long before the last hour.
    const qint64 atRisk = kDue - 5 * 3600;
    EXPECT_EQ(Countdown::color(kDue, atRisk, atRisk - 1), Countdown::onTimeColor());
    EXPECT_EQ(Countdown::color(kDue, atRisk, atRisk), Countdown::atRiskColor());
    EXPECT_EQ(Countdown::color(kDue, atRisk, kDue - 1), Countdown::atRiskColor());
    EXPECT_EQ(Countdown::color(kDue, atRisk, kDue), Countdown::overdueColor());
    EXPECT_EQ(Countdown::color(kDue, atRisk, kDue + 3600), Countdown::overdueColor());
    EXPECT_NE(Countdown::onTimeColor(), Countdown::atRiskColor());
    EXPECT_NE(Countdown::atRiskColor(), Countdown::overdueColor());
}

TEST(Countdown, WithoutAStoredAtRiskInstantTheLastHourIsAmber)
{
    EXPECT_EQ(Countdown::color(kDue, 0, kDue - 3601), Countdown::onTimeColor());
    EXPECT_EQ(Countdown::color(kDue, 0, kDue - 3600), Countdown::atRiskColor());
    EXPECT_EQ(Countdown::color(kDue, 0, kDue), Countdown::overdueColor());
}
