#pragma once

#include "core/repositories/Repositories.h"
#include "core/sla/CompensationRule.h"
#include "core/sla/ServiceCalendar.h"
#include "core/sla/SlaPolicy.h"

#include <QHash>
#include <QList>

namespace ingot {

// Everything the clocks depend on besides a ticket's own history, read once from the store: the
// policy versions, the calendars with the holidays table applied, and the compensation rule.
class SlaSetup final {
public:
    static Result<SlaSetup> load(Store& store);
    // The calendars as defined, with the holiday entries that apply to each: entries with an empty
    // calendar go to every calendar, a named entry to that calendar only and over a general one of
    // the same date. Whether a calendar honours them is its observe_holidays flag.
    static Result<QHash<QString, ServiceCalendar>> buildCalendars(const QList<CalendarDefinition>& definitions,
                                                                  const QList<HolidayRepository::Entry>& holidays);

    const QList<SlaPolicy>& policies() const { return m_policies; }
    const CompensationRule& compensationRule() const { return m_rule; }

    // The stored policy of a ticket, or for one not yet assigned the policy in force at its report.
    Result<SlaPolicy> policyFor(std::optional<qint64> storedId, qint64 reportedAt) const;
    Result<const ServiceCalendar*> calendar(const QString& name) const;
    QStringList calendarNames() const;

private:
    QList<SlaPolicy> m_policies;
    QHash<qint64, qsizetype> m_policyIndex;
    QHash<QString, ServiceCalendar> m_calendars;
    CompensationRule m_rule;
};

} // namespace ingot
