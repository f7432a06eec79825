#include "SlaTestSupport.h"
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/CalendarMath.h"

using namespace ingot;
using namespace ingot::test;

namespace {
constexpr int hm(int h, int m)
{
    return h * 3600 + m * 60;
}

WeeklySchedule mondayOnly(DaySchedule hours)
{
    WeeklySchedule week;
    week[0] = std::move(hours);
    return week;
}
} // namespace

TEST(ServiceCalendar, BuiltinsHaveTheSpecHours)
{
    const ServiceCalendar c24 = BuiltinCalendars::twentyFourSeven();
    const ServiceCalendar c12 = BuiltinCalendars::twelveSeven();
    const ServiceCalendar c8 = BuiltinCalendars::eightFive();
    EXPECT_EQ(c24.weeklyServiceSeconds(), 7 * 24 * kHour);
    EXPECT_EQ(c12.weeklyServiceSeconds(), 7 * 12 * kHour);
    EXPECT_EQ(c8.weeklyServiceSeconds(), 5 * 8 * kHour);
    EXPECT_FALSE(c24.observeHolidays());
    EXPECT_FALSE(c12.observeHolidays());
    EXPECT_TRUE(c8.observeHolidays());
    EXPECT_EQ(formatDaySchedule(c8.week()[0]), QStringLiteral("08:30-12:00,13:00-17:30"));
    EXPECT_TRUE(c8.week()[5].isEmpty());
    EXPECT_EQ(formatDaySchedule(c12.week()[6]), QStringLiteral("08:00-20:00"));
    EXPECT_EQ(c8.utcOffsetSeconds(), 8 * 3600);
    EXPECT_EQ(BuiltinCalendars::names(), QStringList({"24x7", "12x7", "8x5"}));
    EXPECT_FALSE(BuiltinCalendars::byName(QStringLiteral("9x6")).has_value());
}

TEST(ServiceCalendar, HoursOnAppliesExceptions)
{
    const ServiceCalendar c8 = BuiltinCalendars::eightFive();
    EXPECT_TRUE(c8.hoursOn(QDate(2026, 10, 1)).isEmpty());                            // National Day
    EXPECT_EQ(c8.hoursOn(QDate(2026, 10, 10)), c8.week()[0]);                         // make-up Saturday
    EXPECT_EQ(c8.hoursOn(QDate(2026, 10, 12)), c8.week()[0]);                         // an ordinary Monday
    EXPECT_TRUE(c8.hoursOn(QDate(2026, 10, 11)).isEmpty());                           // an ordinary Sunday
    EXPECT_EQ(BuiltinCalendars::twelveSeven().hoursOn(QDate(2026, 10, 1)).size(), 1); // not observed
}

TEST(ServiceCalendar, MergesTouchingAndOverlappingIntervals)
{
    auto cal = ServiceCalendar::create(
        QStringLiteral("split"),
        mondayOnly({{hm(13, 0), hm(15, 0)}, {hm(8, 0), hm(10, 0)}, {hm(9, 0), hm(12, 0)}, {hm(15, 0), hm(16, 0)}}),
        false);
    ASSERT_TRUE(cal.ok());
    EXPECT_EQ(formatDaySchedule(cal->week()[0]), QStringLiteral("08:00-12:00,13:00-16:00"));
    EXPECT_EQ(cal->weeklyServiceSeconds(), 7 * kHour);
}

TEST(ServiceCalendar, RejectsWhatCannotBeAnswered)
{
    EXPECT_FALSE(ServiceCalendar::create(QStringLiteral("none"), WeeklySchedule{}, true).ok());
    EXPECT_FALSE(ServiceCalendar::create(QStringLiteral("bad"), mondayOnly({{hm(10, 0), hm(9, 0)}}), true).ok());
    EXPECT_FALSE(ServiceCalendar::create(QStringLiteral("bad"), mondayOnly({{0, 86401}}), true).ok());
    EXPECT_FALSE(ServiceCalendar::create(QString(), mondayOnly({{0, 3600}}), true).ok());
    const auto both =
        ServiceCalendar::create(QStringLiteral("x"), mondayOnly({{0, 3600}}), true,
                                {{QDate(2026, 1, 4), DayKind::Holiday, {}}, {QDate(2026, 1, 4), DayKind::Workday, {}}});
    ASSERT_FALSE(both.ok());
    EXPECT_EQ(both.error().where, QStringLiteral("2026-01-04"));
    const auto none = ServiceCalendar::create(QStringLiteral("none"), WeeklySchedule{}, true);
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("no service hours")));
}

TEST(ServiceCalendar, CustomCalendarWithSeveralIntervalsAndOwnHolidays)
{
    // Mon-Sat 09:00-11:00 and 14:00-16:00 (4 h a day); Tue 2026-03-03 a holiday; Sun 2026-03-08 a
    // workday (served with Monday hours).
    WeeklySchedule week;
    for (std::size_t d = 0; d < 6; ++d)
        week[d] = {{hm(9, 0), hm(11, 0)}, {hm(14, 0), hm(16, 0)}};
    auto cal = ServiceCalendar::create(QStringLiteral("plant"), week, true,
                                       {{QDate(2026, 3, 3), DayKind::Holiday, QStringLiteral("检修")},
                                        {QDate(2026, 3, 8), DayKind::Workday, QStringLiteral("补班")}});
    ASSERT_TRUE(cal.ok());
    // Mon 15:00 + 3 h: 1 h to 16:00; Tue closed; Wed 09:00-11:00 (2 h) -> Wed 11:00 exactly.
    EXPECT_EQ(show(CalendarMath::dueAfterMinutes(*cal, at("2026-03-02 15:00"), 180)), show(at("2026-03-04 11:00")));
    // Sat 15:00 + 2 h: 1 h Sat, Sun workday 09:00 + 1 h -> Sun 10:00.
    EXPECT_EQ(show(CalendarMath::dueAfterMinutes(*cal, at("2026-03-07 15:00"), 120)), show(at("2026-03-08 10:00")));
    // Setting the exceptions again replaces them.
    ASSERT_TRUE(cal->setExceptions({}).ok());
    EXPECT_EQ(show(CalendarMath::dueAfterMinutes(*cal, at("2026-03-02 15:00"), 180)), show(at("2026-03-03 11:00")));
}

TEST(ServiceCalendar, LocalDaysUseTheFixedOffset)
{
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    const qint64 t = at("2026-10-01 00:30"); // 2026-09-30 16:30 UTC, but Oct 1 locally
    EXPECT_EQ(ServiceCalendar::dateOfDay(cal.localDay(t)), QDate(2026, 10, 1));
    EXPECT_EQ(cal.dayStart(cal.localDay(t)), at("2026-10-01 00:00"));
    EXPECT_EQ(ServiceCalendar::dayOfDate(QDate(1970, 1, 1)), 0);
}
