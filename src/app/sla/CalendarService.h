#pragma once

#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"
#include "core/sla/CalendarDefinition.h"

#include <QStringList>

namespace ingot {

// A service calendar as the admin screen lists it, with what ties it down.
struct CalendarEntry {
    CalendarDefinition definition;
    bool builtin = false;         // 24x7, 12x7, 8x5: read-only, may be copied
    QStringList countingPolicies; // policy versions in force now or earlier that name it
    QStringList laterPolicies;    // versions from a future instant that name it

    // Clocks may have been counted by it, so its hours may not change any more.
    bool locked() const { return builtin || !countingPolicies.isEmpty(); }
};

// The weekly hours of service calendars (sla-kpi-spec.md, Service calendars), kept reproducible the
// way policies are: a calendar that a policy in force (or an earlier one) names has counted clocks,
// so it is never changed in place; new hours are a new calendar, chosen by a new policy version from
// a future instant, and tickets keep the hours they were reported under. A calendar no policy
// counts by yet (new, or named only by future versions) may still be edited. Admins only
// (Permission::CalendarEdit), each save in the audit trail.
class CalendarService final {
public:
    CalendarService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Every calendar by name, built-ins included.
    Result<QList<CalendarEntry>> list();
    // Creates a calendar (`isNew`: its name must be free) or changes the hours of an unlocked one.
    Result<CalendarDefinition> save(CalendarDefinition calendar, bool isNew);

    // One holiday or make-up workday (the import loads a whole schedule). Only dates after today may
    // be added, changed or removed: the clocks counted through earlier days keep what they were
    // counted by. `calendar` empty: every calendar that observes holidays.
    Status saveHoliday(HolidayRepository::Entry entry);
    Status removeHoliday(const QString& date, const QString& calendar);

private:
    Status checkHolidayDate(const QString& date) const;

    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
