#pragma once

#include "core/sla/ServiceCalendar.h"

#include <chrono>

namespace ingot {

// Service-time arithmetic of sla-kpi-spec.md on a ServiceCalendar, exact to the second.
//
// Both functions go through one idea: the service seconds from a fixed origin up to an instant,
// S(t). It is the regular week (weeks × weekly total + the days before in the week + the part of
// the day) corrected by the exceptions before that day (a prefix sum over the sorted exception
// list). elapsed() is S(b) - S(a) in O(log exceptions); due() inverts S, jumping whole weeks with a
// division and stopping only at the exception days on the way: O(exceptions crossed).
class CalendarMath {
public:
    // Service seconds of cal inside [from, to); 0 when to <= from.
    static qint64 elapsed(const ServiceCalendar& cal, qint64 from, qint64 to);

    // The earliest instant t >= start with elapsed(cal, start, t) == amount. Never inside a closed
    // period unless amount is 0 (then start itself); reaching the end of an interval gives that end
    // (12:00, not 13:00). Negative amounts count as 0. Pass std::chrono::minutes or seconds.
    static qint64 due(const ServiceCalendar& cal, qint64 start, std::chrono::seconds amount);
    static qint64 dueAfterMinutes(const ServiceCalendar& cal, qint64 start, qint64 minutes);
    static qint64 dueAfterSeconds(const ServiceCalendar& cal, qint64 start, qint64 seconds);

    // Whether the second [t, t + 1) is service time.
    static bool isServed(const ServiceCalendar& cal, qint64 t);

private:
    static qint64 serviceSecondsSinceOrigin(const ServiceCalendar& cal, qint64 t);
    static qint64 regularSecondsBeforeDay(const ServiceCalendar& cal, qint64 day);
    static qint64 firstDayReaching(const ServiceCalendar& cal, qint64 regularTarget);
};

} // namespace ingot
