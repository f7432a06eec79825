#include "core/sla/CalendarRules.h"

#include "core/sla/BuiltinCalendars.h"

#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalendarRules)
};

QString interval(const ServiceInterval& i)
{
    return formatDaySchedule({i});
}
} // namespace

QString CalendarRules::weekdayName(int index)
{
    switch (index) {
    case 0:
        return Text::tr("Monday");
    case 1:
        return Text::tr("Tuesday");
    case 2:
        return Text::tr("Wednesday");
    case 3:
        return Text::tr("Thursday");
    case 4:
        return Text::tr("Friday");
    case 5:
        return Text::tr("Saturday");
    default:
        break;
    }
    return Text::tr("Sunday");
}

bool CalendarRules::isBuiltinName(const QString& name)
{
    return BuiltinCalendars::names().contains(name.trimmed(), Qt::CaseInsensitive);
}

QStringList CalendarRules::problems(const CalendarDefinition& c)
{
    QStringList out;
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        out << Text::tr("Give the calendar a name, e.g. \"plant 2027\".");
    else if (name.size() > kMaxNameLength)
        out << Text::tr("The name is longer than %1 characters.").arg(kMaxNameLength);
    else if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('=')))
        out << Text::tr("The name may not contain a comma or an equals sign.");

    qint64 weekSeconds = 0;
    for (int d = 0; d < 7; ++d) {
        DaySchedule day = c.week[static_cast<std::size_t>(d)];
        bool broken = false;
        for (const ServiceInterval& i : std::as_const(day)) {
            if (i.start < 0 || i.end > 24 * 3600) {
                out << Text::tr("%1: %2 lies outside 00:00-24:00.").arg(weekdayName(d), interval(i));
                broken = true;
            } else if (i.end <= i.start) {
                out << Text::tr("%1: %2 must end after it starts.").arg(weekdayName(d), interval(i));
                broken = true;
            } else {
                weekSeconds += i.length();
            }
        }
        if (broken)
            continue;
        std::sort(day.begin(), day.end(),
                  [](const ServiceInterval& a, const ServiceInterval& b) { return a.start < b.start; });
        for (qsizetype k = 1; k < day.size(); ++k)
            if (day.at(k).start < day.at(k - 1).end)
                out << Text::tr("%1: %2 and %3 overlap.")
                           .arg(weekdayName(d), interval(day.at(k - 1)), interval(day.at(k)));
    }
    if (weekSeconds == 0)
        out << Text::tr("Give the calendar at least one service interval in the week.");
    return out;
}

} // namespace ingot
