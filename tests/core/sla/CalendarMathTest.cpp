// due() and elapsed() on the built-in calendars, every case worked out by hand. 8x5 serves
// Mon-Fri 08:30-12:00 (210 min) and 13:00-17:30 (270 min): 480 min a day. Holidays are the shipped
// 2025/2026 schedule.
#include "core/sla/CalendarMath.h"

#include "SlaTestSupport.h"
#include "core/sla/BuiltinCalendars.h"

using namespace ingot;
using namespace ingot::test;

namespace {
struct DueCase {
    const char* calendar;
    const char* start;
    qint64 minutes;
    const char* expected;
    const char* why;
};

const DueCase kDueCases[] = {
    {"8x5", "2026-03-02 07:00", 30, "2026-03-02 09:00", "Mon before opening: counting starts at 08:30, +30 min"},
    {"8x5", "2026-03-02 12:30", 60, "2026-03-02 14:00", "Mon inside lunch: counting starts at 13:00, +60 min"},
    {"8x5", "2026-03-02 11:00", 60, "2026-03-02 12:00",
     "Mon 11:00 + 60 min reaches the target exactly at closing: 12:00, not 13:00"},
    {"8x5", "2026-03-02 11:00", 61, "2026-03-02 13:01", "one minute more spills over lunch: 13:01"},
    {"8x5", "2026-03-02 12:00", 0, "2026-03-02 12:00", "target 0 is the start itself"},
    {"8x5", "2026-03-08 03:00", 0, "2026-03-08 03:00", "target 0 on a closed Sunday night is still the start"},
    {"8x5", "2026-03-06 16:30", 120, "2026-03-09 09:30",
     "Fri 16:30: 60 min until 17:30, weekend closed, the other 60 min from Mon 08:30 -> 09:30"},
    {"8x5", "2026-03-06 19:00", 60, "2026-03-09 09:30", "Fri evening: nothing until Mon 08:30, +60 min"},
    {"8x5", "2026-03-06 17:30", 0, "2026-03-06 17:30", "closing instant with target 0"},
    {"8x5", "2026-03-06 16:30", 60, "2026-03-06 17:30", "Fri 16:30 + 60 min ends exactly at closing: 17:30"},
    {"8x5", "2026-09-30 16:00", 480, "2026-10-08 16:00",
     "Wed before National Day: 90 min until 17:30; Oct 1-7 holiday; Thu Oct 8: 210 min by 12:00, the last "
     "180 min from 13:00 -> 16:00"},
    {"8x5", "2026-10-09 16:00", 480, "2026-10-10 16:00",
     "Fri Oct 9: 90 min; Sat Oct 10 is a make-up workday with Monday hours: 210 + 180 -> 16:00"},
    {"8x5", "2026-09-19 10:00", 60, "2026-09-20 09:30",
     "an ordinary Saturday is closed; Sun Sep 20 is a make-up workday: 08:30 + 60 min"},
    {"8x5", "2026-09-18 17:00", 480, "2026-09-20 17:00",
     "Fri Sep 18: 30 min; Sat closed; Sun Sep 20 workday: 210 min by 12:00, 240 min from 13:00 -> 17:00"},
    {"8x5", "2025-12-31 17:00", 60, "2026-01-04 09:00",
     "New Year's Eve (Wed): 30 min; Jan 1-3 holiday; Sun Jan 4 make-up workday 08:30 + 30 min"},
    {"8x5", "2026-03-02 08:30", 7200, "2026-03-20 17:30",
     "3 weeks = 15 workdays of 480 min from Mon Mar 2 08:30: ends at Fri Mar 20 17:30 exactly"},
    {"8x5", "2026-03-30 08:30", 4800, "2026-04-13 17:30",
     "10 workdays: Mar 30-Apr 3 (5); Apr 4-6 Qingming (Mon 6th closed); Apr 7-10 (4); Mon Apr 13 is the 10th"},
    {"8x5", "2026-02-12 13:00", 6000, "2026-03-06 17:00",
     "100 h across Spring Festival: Thu 4.5 h, Fri 8 (12.5), Sat Feb 14 workday 8 (20.5), Feb 15-23 closed, "
     "Feb 24-27 32 (52.5), Sat Feb 28 workday 8 (60.5), Mar 2-5 32 (92.5), Fri Mar 6: 7.5 h -> 17:00"},
    {"24x7", "2026-10-01 10:00", 1440, "2026-10-02 10:00", "24x7 ignores National Day: a day later"},
    {"24x7", "2026-03-06 23:30", 60, "2026-03-07 00:30", "24x7 across midnight"},
    {"12x7", "2026-10-01 19:00", 120, "2026-10-02 09:00",
     "12x7 on a (not observed) holiday: 60 min until 20:00, the other 60 from 08:00 next day"},
    {"12x7", "2026-03-07 07:00", 720, "2026-03-07 20:00", "12x7 Saturday: the whole 12 h ends at 20:00"},
    {"12x7", "2026-03-07 20:00", 1, "2026-03-08 08:01", "12x7 at closing: next minute is 08:01 tomorrow"},
};

class DueTable : public ::testing::TestWithParam<DueCase> {};
} // namespace

TEST_P(DueTable, MatchesHandWorkedAnswer)
{
    const DueCase& c = GetParam();
    const ServiceCalendar cal = *BuiltinCalendars::byName(QString::fromLatin1(c.calendar));
    const qint64 start = at(c.start);
    const qint64 due = CalendarMath::dueAfterMinutes(cal, start, c.minutes);
    EXPECT_EQ(show(due), show(at(c.expected))) << c.why;
    // And back: exactly the target's service time lies between start and due.
    EXPECT_EQ(CalendarMath::elapsed(cal, start, due), c.minutes * kMinute) << c.why;
    EXPECT_EQ(CalendarMath::due(cal, start, std::chrono::minutes(c.minutes)), due);
}

INSTANTIATE_TEST_SUITE_P(BuiltinCalendars, DueTable, ::testing::ValuesIn(kDueCases));

namespace {
struct ElapsedCase {
    const char* calendar;
    const char* from;
    const char* to;
    qint64 seconds;
    const char* why;
};

const ElapsedCase kElapsedCases[] = {
    {"8x5", "2026-03-06 16:30", "2026-03-09 09:30", 2 * kHour, "Fri 16:30-17:30 + Mon 08:30-09:30"},
    {"8x5", "2026-03-09 09:30", "2026-03-06 16:30", 0, "to before from"},
    {"8x5", "2026-03-02 10:00", "2026-03-02 10:00", 0, "empty span"},
    {"8x5", "2026-03-02 12:05", "2026-03-02 12:55", 0, "both inside lunch"},
    {"8x5", "2026-03-02 11:59:59", "2026-03-02 13:00:01", 2, "one second before lunch, one after"},
    {"8x5", "2026-03-02 00:00", "2026-03-09 00:00", 40 * kHour, "an ordinary week: 5 x 8 h"},
    {"8x5", "2025-12-31 00:00", "2026-01-05 00:00", 16 * kHour,
     "Wed Dec 31 8 h; Jan 1-3 holiday; Sun Jan 4 make-up workday 8 h"},
    {"8x5", "2026-09-28 00:00", "2026-10-12 00:00", 48 * kHour,
     "Sep 28-30 (3 days), Oct 1-7 holiday, Oct 8-9 (2), Sat Oct 10 workday (1), Sun closed: 6 x 8 h"},
    {"8x5", "2026-02-15 00:00", "2026-02-24 00:00", 0, "the whole Spring Festival holiday 2026"},
    {"24x7", "2026-10-01 00:00", "2026-10-02 00:00", 24 * kHour, "24x7 does not observe holidays"},
    {"12x7", "2026-10-01 00:00", "2026-10-03 00:00", 24 * kHour, "12x7: 2 x 12 h on holidays too"},
    {"12x7", "2026-03-07 19:59:30", "2026-03-08 08:00:30", 60, "30 s before closing, 30 s after opening"},
};

class ElapsedTable : public ::testing::TestWithParam<ElapsedCase> {};
} // namespace

TEST_P(ElapsedTable, MatchesHandWorkedAnswer)
{
    const ElapsedCase& c = GetParam();
    const ServiceCalendar cal = *BuiltinCalendars::byName(QString::fromLatin1(c.calendar));
    EXPECT_EQ(CalendarMath::elapsed(cal, at(c.from), at(c.to)), c.seconds) << c.why;
}

INSTANTIATE_TEST_SUITE_P(BuiltinCalendars, ElapsedTable, ::testing::ValuesIn(kElapsedCases));

TEST(CalendarMath, SecondsResolution)
{
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    // 11:59:30 + 30 s reaches 12:00 exactly; + 31 s is 13:00:01.
    EXPECT_EQ(CalendarMath::dueAfterSeconds(cal, at("2026-03-02 11:59:30"), 30), at("2026-03-02 12:00"));
    EXPECT_EQ(CalendarMath::dueAfterSeconds(cal, at("2026-03-02 11:59:30"), 31), at("2026-03-02 13:00:01"));
    EXPECT_TRUE(CalendarMath::isServed(cal, at("2026-03-02 11:59:59")));
    EXPECT_FALSE(CalendarMath::isServed(cal, at("2026-03-02 12:00")));
    EXPECT_TRUE(CalendarMath::isServed(cal, at("2026-10-10 08:30"))); // make-up Saturday
    EXPECT_FALSE(CalendarMath::isServed(cal, at("2026-10-08 08:29:59")));
    EXPECT_FALSE(CalendarMath::isServed(cal, at("2026-10-05 10:00"))); // National Day
}

TEST(CalendarMath, NegativeAmountsCountAsZero)
{
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    EXPECT_EQ(CalendarMath::dueAfterMinutes(cal, at("2026-03-08 03:00"), -5), at("2026-03-08 03:00"));
}

TEST(CalendarMath, NotObservingHolidaysServesTheRegularWeek)
{
    ServiceCalendar cal = BuiltinCalendars::eightFive();
    cal.setObserveHolidays(false);
    // Thu Oct 1 is then an ordinary Thursday, Sat Oct 10 an ordinary Saturday.
    EXPECT_EQ(CalendarMath::dueAfterMinutes(cal, at("2026-09-30 16:00"), 480), at("2026-10-01 16:00"));
    EXPECT_EQ(CalendarMath::elapsed(cal, at("2026-10-10 00:00"), at("2026-10-11 00:00")), 0);
}

TEST(CalendarMath, YearsAheadWithoutExceptionsIsExact)
{
    // 2030 has no shipped exceptions: 52 weeks of 40 h from Mon 2030-01-07 08:30 end Fri 2031-01-03
    // 17:30 (364 days later, the Friday of the 52nd week).
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    EXPECT_EQ(show(CalendarMath::dueAfterMinutes(cal, at("2030-01-07 08:30"), 52 * 40 * 60)),
              show(at("2031-01-03 17:30")));
}
