#pragma once

#include "core/common/Result.h"
#include "core/sla/CalendarTypes.h"

#include <QString>
#include <vector>

namespace ingot {

// A service calendar of sla-kpi-spec.md: a weekly schedule of local service hours plus dated
// exceptions (holidays, make-up workdays). A plain value an admin edits; CalendarMath does the
// arithmetic on it.
//
// Local days: the calendar fixes one UTC offset when it is built (by default the offset of
// Instant::localZone(), +08:00 for Asia/Shanghai, which has had no DST since 1991). Working on
// "instant + offset" makes every local day exactly 86400 s long, which is what lets CalendarMath skip
// whole weeks with a multiplication. A zone with DST would need a calendar per offset period; the desk
// does not run in one, so that is left out on purpose.
class ServiceCalendar {
public:
    // A 24x7 calendar named "24x7": the harmless default for containers that need one.
    ServiceCalendar();

    // Intervals of a day may be given in any order and may touch or overlap; they are merged.
    // Rejected: an interval outside 00:00-24:00 or empty, a week without any service (no due time
    // would exist), an invalid date, and a date given both as holiday and as workday.
    static Result<ServiceCalendar> create(const QString& name, const WeeklySchedule& week, bool observeHolidays,
                                          const QList<CalendarException>& exceptions = {});
    static Result<ServiceCalendar> create(const QString& name, const WeeklySchedule& week, bool observeHolidays,
                                          const QList<CalendarException>& exceptions, int utcOffsetSeconds);

    // The offset of Instant::localZone() (its standard offset; see the class comment).
    static int localUtcOffsetSeconds();

    const QString& name() const { return m_name; }
    const WeeklySchedule& week() const { return m_week; }
    bool observeHolidays() const { return m_observeHolidays; }
    // All exceptions as given (sorted by date, duplicates removed), kept even when not observed so
    // that switching observation off and on loses nothing.
    const QList<CalendarException>& exceptions() const { return m_exceptions; }
    int utcOffsetSeconds() const { return m_utcOffset; }
    qint64 weeklyServiceSeconds() const { return m_weekPrefix[7]; }

    Status setExceptions(const QList<CalendarException>& exceptions);
    void setObserveHolidays(bool observe);

    // The service hours of one local date, exceptions applied.
    DaySchedule hoursOn(const QDate& date) const;

    // Local day number (days since 1970-01-01 local) of an instant, the instant a local day starts,
    // and the conversions to QDate.
    qint64 localDay(qint64 instant) const;
    qint64 dayStart(qint64 localDay) const;
    static QDate dateOfDay(qint64 localDay);
    static qint64 dayOfDate(const QDate& date);

    bool operator==(const ServiceCalendar& other) const;

private:
    friend class CalendarMath;

    // What CalendarMath needs, derived from the data above whenever it changes.
    void rebuildIndex();
    const DaySchedule& scheduleOfException(std::size_t index) const;

    QString m_name;
    WeeklySchedule m_week;
    bool m_observeHolidays = false;
    QList<CalendarException> m_exceptions;
    int m_utcOffset = 0;

    std::array<qint64, 7> m_dayTotal{};
    std::array<qint64, 8> m_weekPrefix{}; // service seconds of Monday..weekday-1; [7] = the week
    // Observed exceptions only, sorted by day, with the running sum of how much each changes the
    // regular week (a holiday on a Tuesday removes 7 h, a make-up Saturday adds 7 h).
    std::vector<qint64> m_exceptionDays;
    std::vector<bool> m_exceptionIsWorkday;
    std::vector<qint64> m_exceptionDeltaBefore; // size = exceptions + 1
};

} // namespace ingot
