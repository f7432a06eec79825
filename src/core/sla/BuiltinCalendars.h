#pragma once

#include "core/sla/ServiceCalendar.h"

#include <QStringList>
#include <optional>

namespace ingot {

// The calendars of sla-kpi-spec.md that exist before an admin defines any: 24x7, 12x7 and 8x5. All
// three carry the shipped holiday list; only 8x5 observes it, so switching observation on for the
// others needs no import.
class BuiltinCalendars {
public:
    static ServiceCalendar twentyFourSeven(); // all day every day, holidays not observed
    static ServiceCalendar twelveSeven();     // 08:00-20:00 every day, holidays not observed
    static ServiceCalendar eightFive();       // Mon-Fri 08:30-12:00, 13:00-17:30, holidays observed
    // The same calendars with other exception dates (an imported list, a test's own dates).
    static ServiceCalendar twentyFourSeven(const QList<CalendarException>& exceptions);
    static ServiceCalendar twelveSeven(const QList<CalendarException>& exceptions);
    static ServiceCalendar eightFive(const QList<CalendarException>& exceptions);

    static QStringList names(); // "24x7", "12x7", "8x5"
    static std::optional<ServiceCalendar> byName(const QString& name);
    static std::optional<ServiceCalendar> byName(const QString& name, const QList<CalendarException>& exceptions);
};

} // namespace ingot
