// The checks an admin's weekly schedule goes through before it is saved, one message per problem.
#include "core/sla/CalendarRules.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
CalendarDefinition plant()
{
    CalendarDefinition c;
    c.name = QStringLiteral("plant");
    for (int d = 0; d < 5; ++d)
        c.week[static_cast<std::size_t>(d)] = *parseDaySchedule(QStringLiteral("08:30-12:00,13:00-17:30"));
    return c;
}
} // namespace

TEST(CalendarRules, AcceptsSeveralIntervalsADayAndTouchingOnes)
{
    CalendarDefinition c = plant();
    c.week[5] = *parseDaySchedule(QStringLiteral("08:00-12:00,12:00-14:00,22:00-24:00"));
    EXPECT_EQ(CalendarRules::problems(c), QStringList());
}

TEST(CalendarRules, NamesEveryProblem)
{
    CalendarDefinition c = plant();
    c.name = QStringLiteral("  ");
    c.week[1] = {ServiceInterval{12 * 3600, 8 * 3600 + 1800}};                // Tuesday backwards
    c.week[2] = *parseDaySchedule(QStringLiteral("08:30-12:00,11:00-13:00")); // Wednesday overlap
    c.week[3] = {ServiceInterval{8 * 3600, 25 * 3600}};                       // Thursday past midnight
    const QStringList p = CalendarRules::problems(c);
    ASSERT_EQ(p.size(), 4) << qPrintable(p.join(QLatin1Char('\n')));
    EXPECT_TRUE(p.at(0).contains(QStringLiteral("name")));
    EXPECT_EQ(p.at(1), QStringLiteral("Tuesday: 12:00-08:30 must end after it starts."));
    EXPECT_EQ(p.at(2), QStringLiteral("Wednesday: 08:30-12:00 and 11:00-13:00 overlap."));
    EXPECT_EQ(p.at(3), QStringLiteral("Thursday: 08:00-25:00 lies outside 00:00-24:00."));
}

TEST(CalendarRules, NeedsSomeServiceInTheWeek)
{
    CalendarDefinition c;
    c.name = QStringLiteral("closed");
    const QStringList p = CalendarRules::problems(c);
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p.first().contains(QStringLiteral("at least one service interval")));
}

TEST(CalendarRules, BuiltinNamesAreTaken)
{
    EXPECT_TRUE(CalendarRules::isBuiltinName(QStringLiteral("8x5")));
    EXPECT_TRUE(CalendarRules::isBuiltinName(QStringLiteral(" 24X7 ")));
    EXPECT_FALSE(CalendarRules::isBuiltinName(QStringLiteral("plant")));
}
