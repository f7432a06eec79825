#include "core/sla/BuiltinCalendars.h"

#include "core/sla/HolidayList.h"

namespace ingot {

namespace {
constexpr int hm(int hours, int minutes)
{
    return hours * 3600 + minutes * 60;
}

// The built-in schedules are valid by construction; the tests check that create() accepts them.
ServiceCalendar build(const char* name, const WeeklySchedule& week, bool observe,
                      const QList<CalendarException>& exceptions)
{
    auto cal = ServiceCalendar::create(QString::fromLatin1(name), week, observe, exceptions);
    Q_ASSERT_X(cal.ok(), "BuiltinCalendars", "a built-in calendar failed its own validation");
    return cal.ok() ? *cal : ServiceCalendar();
}
} // namespace

ServiceCalendar BuiltinCalendars::twentyFourSeven(const QList<CalendarException>& exceptions)
{
    WeeklySchedule week;
    week.fill({ServiceInterval{0, hm(24, 0)}});
    return build("24x7", week, false, exceptions);
}

ServiceCalendar BuiltinCalendars::twelveSeven(const QList<CalendarException>& exceptions)
{
    WeeklySchedule week;
    week.fill({ServiceInterval{hm(8, 0), hm(20, 0)}});
    return build("12x7", week, false, exceptions);
}

ServiceCalendar BuiltinCalendars::eightFive(const QList<CalendarException>& exceptions)
{
    WeeklySchedule week;
    for (std::size_t d = 0; d < 5; ++d)
        week[d] = {ServiceInterval{hm(8, 30), hm(12, 0)}, ServiceInterval{hm(13, 0), hm(17, 30)}};
    return build("8x5", week, true, exceptions);
}

ServiceCalendar BuiltinCalendars::twentyFourSeven()
{
    return twentyFourSeven(HolidayList::shipped().entries());
}
ServiceCalendar BuiltinCalendars::twelveSeven()
{
    return twelveSeven(HolidayList::shipped().entries());
}
ServiceCalendar BuiltinCalendars::eightFive()
{
    return eightFive(HolidayList::shipped().entries());
}

QStringList BuiltinCalendars::names()
{
    return {QStringLiteral("24x7"), QStringLiteral("12x7"), QStringLiteral("8x5")};
}

std::optional<ServiceCalendar> BuiltinCalendars::byName(const QString& name)
{
    return byName(name, HolidayList::shipped().entries());
}

std::optional<ServiceCalendar> BuiltinCalendars::byName(const QString& name, const QList<CalendarException>& exceptions)
{
    const QString n = name.trimmed();
    if (n == QLatin1String("24x7"))
        return twentyFourSeven(exceptions);
    if (n == QLatin1String("12x7"))
        return twelveSeven(exceptions);
    if (n == QLatin1String("8x5"))
        return eightFive(exceptions);
    return std::nullopt;
}

} // namespace ingot
