#include "core/sla/CalendarMath.h"

#include <algorithm>
#include <limits>

namespace ingot {

namespace {
constexpr qint64 kSecondsPerDay = 86400;
// Local day 4 (1970-01-05) is a Monday: the origin of the week count.
constexpr qint64 kMondayOrigin = 4;
// A cap far beyond any SLA target (about 100 years) so that no arithmetic below can overflow.
constexpr qint64 kMaxAmount = 100LL * 366 * kSecondsPerDay;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::size_t weekdayOf(qint64 day)
{
    return static_cast<std::size_t>(day - kMondayOrigin - 7 * floorDiv(day - kMondayOrigin, 7));
}

qint64 secondsBefore(const DaySchedule& day, qint64 secondOfDay)
{
    qint64 total = 0;
    for (const ServiceInterval& i : day) {
        if (secondOfDay <= i.start)
            break;
        total += std::min<qint64>(secondOfDay, i.end) - i.start;
    }
    return total;
}

// The second of the day at which `amount` (0 < amount <= the day's total) service seconds of the
// day have passed; at an interval's end rather than the next start, so 12:00 stays 12:00.
qint64 secondReaching(const DaySchedule& day, qint64 amount)
{
    for (const ServiceInterval& i : day) {
        if (amount <= i.length())
            return i.start + amount;
        amount -= i.length();
    }
    return kSecondsPerDay; // unreachable for amounts within the day's total
}
} // namespace

qint64 CalendarMath::regularSecondsBeforeDay(const ServiceCalendar& cal, qint64 day)
{
    const qint64 weeks = floorDiv(day - kMondayOrigin, 7);
    return weeks * cal.m_weekPrefix[7] + cal.m_weekPrefix[weekdayOf(day)];
}

// The day whose regular (exception-free) schedule reaches `regularTarget` seconds since the origin:
// the day x with regularSecondsBeforeDay(x) < target <= regularSecondsBeforeDay(x + 1).
qint64 CalendarMath::firstDayReaching(const ServiceCalendar& cal, qint64 regularTarget)
{
    const qint64 week = cal.m_weekPrefix[7];
    const qint64 weeks = floorDiv(regularTarget - 1, week); // week*weeks < target <= week*(weeks+1)
    const qint64 rest = regularTarget - weeks * week;
    std::size_t w = 1;
    while (cal.m_weekPrefix[w] < rest)
        ++w;
    return kMondayOrigin + 7 * weeks + static_cast<qint64>(w) - 1;
}

qint64 CalendarMath::serviceSecondsSinceOrigin(const ServiceCalendar& cal, qint64 t)
{
    const qint64 local = t + cal.m_utcOffset;
    const qint64 day = floorDiv(local, kSecondsPerDay);
    const qint64 second = local - day * kSecondsPerDay;
    const auto& days = cal.m_exceptionDays;
    const auto k = static_cast<std::size_t>(std::lower_bound(days.begin(), days.end(), day) - days.begin());
    const qint64 base = regularSecondsBeforeDay(cal, day) + cal.m_exceptionDeltaBefore[k];
    if (k < days.size() && days[k] == day)
        return base + secondsBefore(cal.scheduleOfException(k), second);
    return base + secondsBefore(cal.m_week[weekdayOf(day)], second);
}

qint64 CalendarMath::elapsed(const ServiceCalendar& cal, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    return serviceSecondsSinceOrigin(cal, to) - serviceSecondsSinceOrigin(cal, from);
}

qint64 CalendarMath::due(const ServiceCalendar& cal, qint64 start, std::chrono::seconds amount)
{
    const qint64 wanted = std::min<qint64>(amount.count(), kMaxAmount);
    if (wanted <= 0)
        return start;
    const qint64 target = serviceSecondsSinceOrigin(cal, start) + wanted;
    const auto& days = cal.m_exceptionDays;
    const qint64 startDay = cal.localDay(start);
    auto k = static_cast<std::size_t>(std::lower_bound(days.begin(), days.end(), startDay) - days.begin());
    // Invariant: the service seconds up to the start of the day after exception k-1 (or up to the
    // start instant) are below target, so the answer lies after it. Between two exception days the
    // regular week applies, shifted by the exceptions already passed.
    for (;;) {
        const qint64 regularTarget = target - cal.m_exceptionDeltaBefore[k];
        const qint64 day = firstDayReaching(cal, regularTarget);
        const qint64 nextException = k < days.size() ? days[k] : std::numeric_limits<qint64>::max();
        if (day < nextException) {
            const qint64 into = regularTarget - regularSecondsBeforeDay(cal, day);
            return cal.dayStart(day) + secondReaching(cal.m_week[weekdayOf(day)], into);
        }
        const qint64 beforeException = regularSecondsBeforeDay(cal, nextException) + cal.m_exceptionDeltaBefore[k];
        const DaySchedule& hours = cal.scheduleOfException(k);
        qint64 total = 0;
        for (const ServiceInterval& i : hours)
            total += i.length();
        if (beforeException + total >= target)
            return cal.dayStart(nextException) + secondReaching(hours, target - beforeException);
        ++k;
    }
}

qint64 CalendarMath::dueAfterMinutes(const ServiceCalendar& cal, qint64 start, qint64 minutes)
{
    return due(cal, start, std::chrono::seconds(std::clamp<qint64>(minutes, 0, kMaxAmount / 60) * 60));
}

qint64 CalendarMath::dueAfterSeconds(const ServiceCalendar& cal, qint64 start, qint64 seconds)
{
    return due(cal, start, std::chrono::seconds(seconds));
}

bool CalendarMath::isServed(const ServiceCalendar& cal, qint64 t)
{
    return elapsed(cal, t, t + 1) == 1;
}

} // namespace ingot
