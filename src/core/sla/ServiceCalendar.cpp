#include "core/sla/ServiceCalendar.h"

#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace ingot {

namespace {
constexpr qint64 kSecondsPerDay = 86400;
// QDate's Julian day of 1970-01-01, the origin of local day numbers.
constexpr qint64 kJulianDayOfEpoch = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServiceCalendar)
};

Result<DaySchedule> normalized(const DaySchedule& day, const QString& dayName)
{
    DaySchedule sorted = day;
    for (const ServiceInterval& i : sorted) {
        if (i.start < 0 || i.end > kSecondsPerDay || i.start >= i.end)
            return Error::badInput(Text::tr("service hours must lie within 00:00-24:00 and end after they start"), dayName);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const ServiceInterval& a, const ServiceInterval& b) { return a.start < b.start; });
    DaySchedule merged;
    for (const ServiceInterval& i : sorted) {
        if (!merged.isEmpty() && i.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, i.end);
        else
            merged << i;
    }
    return merged;
}

qint64 totalOf(const DaySchedule& day)
{
    qint64 total = 0;
    for (const ServiceInterval& i : day)
        total += i.length();
    return total;
}

Result<QList<CalendarException>> normalizedExceptions(const QList<CalendarException>& given)
{
    QList<CalendarException> list = given;
    for (const CalendarException& e : list)
        if (!e.date.isValid())
            return Error::badInput(Text::tr("an exception date is not a valid date"));
    std::stable_sort(list.begin(), list.end(),
                     [](const CalendarException& a, const CalendarException& b) { return a.date < b.date; });
    QList<CalendarException> unique;
    for (const CalendarException& e : list) {
        if (!unique.isEmpty() && unique.last().date == e.date) {
            if (unique.last().kind != e.kind)
                return Error::badInput(Text::tr("a date cannot be both a holiday and a make-up workday"),
                                       e.date.toString(Qt::ISODate));
            continue;
        }
        unique << e;
    }
    return unique;
}

const DaySchedule kNoService;
} // namespace

ServiceCalendar::ServiceCalendar() : m_name(QStringLiteral("24x7")), m_utcOffset(localUtcOffsetSeconds())
{
    for (DaySchedule& day : m_week)
        day = {ServiceInterval{0, static_cast<int>(kSecondsPerDay)}};
    rebuildIndex();
}

int ServiceCalendar::localUtcOffsetSeconds()
{
    // A fixed reference instant keeps the result independent of when the program runs; for a zone
    // without DST every instant gives the same answer.
    const QDateTime reference(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    return Instant::localZone().standardTimeOffset(reference);
}

Result<ServiceCalendar> ServiceCalendar::create(const QString& name, const WeeklySchedule& week, bool observeHolidays,
                                                const QList<CalendarException>& exceptions)
{
    return create(name, week, observeHolidays, exceptions, localUtcOffsetSeconds());
}

Result<ServiceCalendar> ServiceCalendar::create(const QString& name, const WeeklySchedule& week, bool observeHolidays,
                                                const QList<CalendarException>& exceptions, int utcOffsetSeconds)
{
    if (name.trimmed().isEmpty())
        return Error::badInput(Text::tr("a calendar needs a name"));
    if (qAbs(utcOffsetSeconds) > 14 * 3600)
        return Error::badInput(Text::tr("a UTC offset lies between -14:00 and +14:00"));
    ServiceCalendar cal;
    cal.m_name = name.trimmed();
    cal.m_observeHolidays = observeHolidays;
    cal.m_utcOffset = utcOffsetSeconds;
    for (int d = 0; d < 7; ++d) {
        auto day = normalized(week[static_cast<std::size_t>(d)], QLocale::c().dayName(d + 1));
        if (!day)
            return day.error();
        cal.m_week[static_cast<std::size_t>(d)] = *day;
    }
    qint64 weekTotal = 0;
    for (const DaySchedule& day : cal.m_week)
        weekTotal += totalOf(day);
    if (weekTotal == 0)
        return Error::badInput(Text::tr("calendar '%1' has no service hours in its week").arg(cal.m_name));
    auto list = normalizedExceptions(exceptions);
    if (!list)
        return list.error();
    cal.m_exceptions = *list;
    cal.rebuildIndex();
    return cal;
}

Status ServiceCalendar::setExceptions(const QList<CalendarException>& exceptions)
{
    auto list = normalizedExceptions(exceptions);
    if (!list)
        return list.error();
    m_exceptions = *list;
    rebuildIndex();
    return success();
}

void ServiceCalendar::setObserveHolidays(bool observe)
{
    m_observeHolidays = observe;
    rebuildIndex();
}

void ServiceCalendar::rebuildIndex()
{
    m_weekPrefix[0] = 0;
    for (std::size_t d = 0; d < 7; ++d) {
        m_dayTotal[d] = totalOf(m_week[d]);
        m_weekPrefix[d + 1] = m_weekPrefix[d] + m_dayTotal[d];
    }
    m_exceptionDays.clear();
    m_exceptionIsWorkday.clear();
    m_exceptionDeltaBefore.assign(1, 0);
    if (!m_observeHolidays)
        return;
    for (const CalendarException& e : m_exceptions) {
        const qint64 day = dayOfDate(e.date);
        const auto weekday = static_cast<std::size_t>(e.date.dayOfWeek() - 1);
        const bool workday = e.kind == DayKind::Workday;
        const qint64 delta = (workday ? m_dayTotal[0] : 0) - m_dayTotal[weekday];
        m_exceptionDays.push_back(day);
        m_exceptionIsWorkday.push_back(workday);
        m_exceptionDeltaBefore.push_back(m_exceptionDeltaBefore.back() + delta);
    }
}

const DaySchedule& ServiceCalendar::scheduleOfException(std::size_t index) const
{
    return m_exceptionIsWorkday[index] ? m_week[0] : kNoService;
}

DaySchedule ServiceCalendar::hoursOn(const QDate& date) const
{
    if (!date.isValid())
        return {};
    const qint64 day = dayOfDate(date);
    const auto it = std::lower_bound(m_exceptionDays.begin(), m_exceptionDays.end(), day);
    if (it != m_exceptionDays.end() && *it == day)
        return scheduleOfException(static_cast<std::size_t>(it - m_exceptionDays.begin()));
    return m_week[static_cast<std::size_t>(date.dayOfWeek() - 1)];
}

qint64 ServiceCalendar::localDay(qint64 instant) const
{
    return floorDiv(instant + m_utcOffset, kSecondsPerDay);
}

qint64 ServiceCalendar::dayStart(qint64 day) const
{
    return day * kSecondsPerDay - m_utcOffset;
}

QDate ServiceCalendar::dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + kJulianDayOfEpoch);
}

qint64 ServiceCalendar::dayOfDate(const QDate& date)
{
    return date.toJulianDay() - kJulianDayOfEpoch;
}

bool ServiceCalendar::operator==(const ServiceCalendar& other) const
{
    return m_name == other.m_name && m_week == other.m_week && m_observeHolidays == other.m_observeHolidays &&
           m_exceptions == other.m_exceptions && m_utcOffset == other.m_utcOffset;
}

} // namespace ingot
