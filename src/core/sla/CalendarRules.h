#pragma once

#include "core/sla/CalendarDefinition.h"

#include <QStringList>

namespace ingot {

// What makes a weekly schedule an admin typed acceptable, with one message per problem for people:
// a name; every interval within 00:00-24:00 and ending after it starts; no two intervals of a day
// overlapping (touching is fine: 12:00-13:00 after 08:30-12:00); and some service in the week, since
// a clock on a calendar without hours would never come due.
class CalendarRules final {
public:
    static constexpr int kMaxNameLength = 40;

    static QStringList problems(const CalendarDefinition& calendar);
    // "Monday" ... "Sunday", translated; index 0 is Monday like WeeklySchedule.
    static QString weekdayName(int index);
    // The names a custom calendar may not take: the built-in ones (a copy needs a name of its own).
    static bool isBuiltinName(const QString& name);
};

} // namespace ingot
