#pragma once

#include "core/common/Result.h"
#include "core/sla/CalendarTypes.h"

#include <QList>
#include <QString>

namespace ingot {

class ServiceCalendar;

// Public holidays and make-up workdays as data (resources/data/holidays-cn.csv, `date,kind,name`).
// The core only needs this minimal reader for the file it ships: one record a line, no quoted commas
// (the names are Chinese words). Arbitrary user CSV goes through the app layer's full reader, which
// hands the rows over as CalendarException values.
class HolidayList {
public:
    HolidayList() = default;
    explicit HolidayList(QList<CalendarException> entries) : m_entries(std::move(entries)) {}

    // Errors name the line ("line 7"); a header line `date,kind,name` is expected first. Blank lines
    // and a byte-order mark are tolerated.
    static Result<HolidayList> parseCsv(const QString& text);

    // The schedule shipped with the program (2025 and 2026 State Council notices), compiled in from
    // resources/data/holidays-cn.csv so that the 8x5 calendar is right without an import.
    static const HolidayList& shipped();
    static QString shippedCsv();

    const QList<CalendarException>& entries() const { return m_entries; }
    QString toCsv() const;

    // Adds these dates to the calendar's exceptions; a date already there takes this list's kind.
    Status applyTo(ServiceCalendar& calendar) const;

private:
    QList<CalendarException> m_entries;
};

} // namespace ingot
