#include "app/sla/SlaSetup.h"

#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaService)
};
} // namespace

Result<SlaSetup> SlaSetup::load(Store& store)
{
    SlaSetup setup;
    auto policies = store.sla().policies().all();
    if (!policies)
        return policies.error();
    setup.m_policies = *policies;
    for (qsizetype i = 0; i < setup.m_policies.size(); ++i)
        setup.m_policyIndex.insert(setup.m_policies.at(i).id, i);

    auto definitions = store.sla().calendars().all();
    if (!definitions)
        return definitions.error();
    auto holidays = store.holidays().all();
    if (!holidays)
        return holidays.error();
    auto calendars = buildCalendars(*definitions, *holidays);
    if (!calendars)
        return calendars.error();
    setup.m_calendars = *calendars;

    auto rule = store.sla().compensations().rule();
    if (!rule)
        return rule.error();
    setup.m_rule = *rule;
    return setup;
}

Result<QHash<QString, ServiceCalendar>> SlaSetup::buildCalendars(const QList<CalendarDefinition>& definitions,
                                                                 const QList<HolidayRepository::Entry>& holidays)
{
    QHash<QString, ServiceCalendar> out;
    for (const CalendarDefinition& d : definitions) {
        QMap<QDate, CalendarException> byDate;
        // General entries first, so a date named for this calendar replaces them.
        for (bool specific : {false, true}) {
            for (const HolidayRepository::Entry& h : holidays) {
                if (specific ? h.calendar != d.name : !h.calendar.isEmpty())
                    continue;
                const auto date = Instant::parseDate(h.date);
                if (!date)
                    return Error::badInput(Text::tr("a stored holiday: %1").arg(date.error().message));
                byDate.insert(*date, CalendarException{*date, h.workday ? DayKind::Workday : DayKind::Holiday, h.name});
            }
        }
        auto calendar = ServiceCalendar::create(d.name, d.week, d.observeHolidays, byDate.values());
        if (!calendar) {
            Error e = calendar.error();
            e.message = Text::tr("calendar %1: %2").arg(d.name, e.message);
            return e;
        }
        out.insert(d.name, *calendar);
    }
    return out;
}

Result<SlaPolicy> SlaSetup::policyFor(std::optional<qint64> storedId, qint64 reportedAt) const
{
    if (storedId) {
        const auto at = m_policyIndex.constFind(*storedId);
        if (at == m_policyIndex.constEnd())
            return Error::internal(Text::tr("SLA policy %1 is missing from the database").arg(*storedId));
        return m_policies.at(*at);
    }
    auto p = SlaPolicy::inForce(m_policies, reportedAt);
    if (!p)
        return Error::badInput(
            Text::tr("no SLA policy is in force at %1; add one that starts earlier").arg(Instant::format(reportedAt)));
    return *p;
}

Result<const ServiceCalendar*> SlaSetup::calendar(const QString& name) const
{
    const auto at = m_calendars.constFind(name.trimmed());
    if (at == m_calendars.constEnd())
        return Error::badInput(Text::tr("there is no service calendar named '%1' (known: %2)")
                                   .arg(name, calendarNames().join(QStringLiteral(", "))));
    return &*at;
}

QStringList SlaSetup::calendarNames() const
{
    QStringList names = m_calendars.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace ingot
