#pragma once

#include "core/sla/CalendarTypes.h"

#include <QString>

namespace ingot {

// A calendar as an admin defines and the database keeps it: the weekly schedule and whether holidays
// are observed. The dated exceptions are kept apart (the holidays table) and joined in when a
// ServiceCalendar is built.
struct CalendarDefinition {
    QString name;
    WeeklySchedule week;
    bool observeHolidays = false;

    bool operator==(const CalendarDefinition&) const = default;
};

} // namespace ingot
