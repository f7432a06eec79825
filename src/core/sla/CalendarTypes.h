#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace ingot {

// One stretch of service inside a local day, half-open [start, end) in seconds since local midnight
// (0 <= start < end <= 86400), so 08:30-12:00 is {30600, 43200} and "until midnight" is 86400.
struct ServiceInterval {
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool operator==(const ServiceInterval&) const = default;
};

using DaySchedule = QList<ServiceInterval>;
// Monday first (index 0 = Monday ... 6 = Sunday), like QDate::dayOfWeek() - 1.
using WeeklySchedule = std::array<DaySchedule, 7>;

// A dated exception: a public holiday (no service) or a make-up workday (调休, served with the
// Monday hours).
enum class DayKind { Holiday, Workday };

struct CalendarException {
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name; // 国庆节, for people; not used by the arithmetic

    bool operator==(const CalendarException&) const = default;
};

QString dayKindKey(DayKind);                         // "holiday" / "workday"
std::optional<DayKind> parseDayKind(const QString&); // key, or 休 / 班 as printed on Chinese calendars

// "08:30-12:00,13:00-17:30" (empty for a closed day); the form the CLI and the admin forms show.
QString formatDaySchedule(const DaySchedule&);
// The reverse: "HH:MM[:SS]-HH:MM[:SS]" intervals separated by commas, "24:00" allowed as an end; blank
// for a closed day. None when the text is not of that form (ServiceCalendar::create checks the rest).
std::optional<DaySchedule> parseDaySchedule(const QString&);

} // namespace ingot
