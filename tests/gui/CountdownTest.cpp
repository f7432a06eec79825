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
    EXPECT_FALSE(Countdown::color(0, kDue).isValid());
}

TEST(Countdown, ColoursTheLastHourAndLateness)
{
    EXPECT_FALSE(Countdown::color(kDue, kDue - 3601).isValid());
    const QColor warning = Countdown::color(kDue, kDue - 3600);
    const QColor late = Countdown::color(kDue, kDue);
    EXPECT_TRUE(warning.isValid());
    EXPECT_TRUE(late.isValid());
    EXPECT_NE(warning, late);
}
