#include "app/sla/CalendarService.h"

#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"
#include "core/common/Instant.h"
#include "core/sla/CalendarRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
};

QString policyLabel(const SlaPolicy& p)
{
    return p.effectiveFrom <= 0 ? p.name : Text::tr("%1 (from %2)").arg(p.name, Instant::formatShort(p.effectiveFrom));
}
} // namespace

Result<QList<CalendarEntry>> CalendarService::list()
{
    auto definitions = m_store.sla().calendars().all();
    if (!definitions)
        return definitions.error();
    auto policies = m_store.sla().policies().all();
    if (!policies)
        return policies.error();
    const qint64 now = m_clock.now();
    QList<CalendarEntry> out;
    for (const CalendarDefinition& d : std::as_const(*definitions)) {
        CalendarEntry e;
        e.definition = d;
        e.builtin = CalendarRules::isBuiltinName(d.name);
        for (const SlaPolicy& p : std::as_const(*policies)) {
            if (!std::any_of(p.calendarByTier.begin(), p.calendarByTier.end(),
                             [&](const QString& name) { return name == d.name; }))
                continue;
            (p.effectiveFrom <= now ? e.countingPolicies : e.laterPolicies) << policyLabel(p);
        }
        out << e;
    }
    return out;
}

Result<CalendarDefinition> CalendarService::save(CalendarDefinition calendar, bool isNew)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::CalendarEdit); !allowed)
        return allowed.error();
    calendar.name = calendar.name.trimmed();
    if (const QStringList problems = CalendarRules::problems(calendar); !problems.isEmpty())
        return Error::badInput(problems.join(QLatin1Char('\n')));
    if (CalendarRules::isBuiltinName(calendar.name))
        return Error::badInput(
            Text::tr("%1 is a built-in calendar and cannot be changed; copy it under a new name").arg(calendar.name),
            QStringLiteral("name"));
    Status st = m_store.write([&]() -> Status {
        // Checked inside the write, so a policy saved meanwhile by another desk is seen.
        auto entries = list();
        if (!entries)
            return entries.error();
        const auto existing = std::find_if(entries->begin(), entries->end(), [&](const CalendarEntry& e) {
            return e.definition.name.compare(calendar.name, Qt::CaseInsensitive) == 0;
        });
        if (isNew && existing != entries->end())
            return Error::badInput(Text::tr("a calendar named %1 exists already").arg(existing->definition.name),
                                   QStringLiteral("name"));
        if (!isNew && existing == entries->end())
            return Error::badInput(Text::tr("there is no calendar named %1").arg(calendar.name),
                                   QStringLiteral("name"));
        if (!isNew && existing->locked())
            return Error::badInput(
                Text::tr("calendar %1 has counted clocks under %2, and tickets keep the hours they were reported "
                         "under. Save the new hours as a new calendar and choose it in a new policy version from "
                         "a future date.")
                    .arg(calendar.name, existing->countingPolicies.join(QStringLiteral(", "))),
                QStringLiteral("name"));
        if (!isNew && existing->definition == calendar)
            return success();
        if (auto saved = m_store.sla().calendars().upsert(calendar); !saved)
            return saved;
        QJsonObject detail{{QStringLiteral("observe_holidays"), calendar.observeHolidays}};
        static const char* const kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                            "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; ++d)
            detail.insert(QLatin1String(kDays[d]), formatDaySchedule(calendar.week[static_cast<std::size_t>(d)]));
        return AuditTrail::record(m_store, m_clock, QStringLiteral("calendar"), calendar.name,
                                  isNew ? QStringLiteral("create") : QStringLiteral("update"), detail);
    });
    if (!st)
        return st.error();
    spdlog::info("calendar '{}' {} by {}", calendar.name.toStdString(), isNew ? "created" : "changed",
                 m_store.actor().login.toStdString());
    return calendar;
}

Status CalendarService::checkHolidayDate(const QString& date) const
{
    const auto day = Instant::parseDate(date);
    if (!day)
        return Error::badInput(day.error().message, QStringLiteral("date"));
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock.now(), Instant::localZone()).date();
    if (*day <= today)
        return Error::badInput(Text::tr("%1 is not after today: clocks already counted through that day keep it. Only "
                                        "later dates can be changed.")
                                   .arg(date),
                               QStringLiteral("date"));
    return success();
}

Status CalendarService::saveHoliday(HolidayRepository::Entry entry)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::CalendarEdit); !allowed)
        return allowed.error();
    entry.name = entry.name.trimmed();
    entry.calendar = entry.calendar.trimmed();
    if (auto st = checkHolidayDate(entry.date); !st)
        return st;
    if (entry.name.isEmpty())
        return Error::badInput(Text::tr("Give the holiday a name, e.g. 国庆节"), QStringLiteral("name"));
    return m_store.write([&]() -> Status {
        if (!entry.calendar.isEmpty()) {
            auto entries = list();
            if (!entries)
                return entries.error();
            if (std::none_of(entries->begin(), entries->end(),
                             [&](const CalendarEntry& e) { return e.definition.name == entry.calendar; }))
                return Error::badInput(Text::tr("there is no calendar named %1").arg(entry.calendar),
                                       QStringLiteral("calendar"));
        }
        if (auto saved = m_store.holidays().upsert(entry); !saved)
            return saved;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("holiday"),
                                  (entry.date + QLatin1Char(' ') + entry.calendar).trimmed(), QStringLiteral("save"),
                                  {{QStringLiteral("kind"), entry.workday ? QStringLiteral("workday")
                                                                          : QStringLiteral("holiday")},
                                   {QStringLiteral("name"), entry.name}});
    });
}

Status CalendarService::removeHoliday(const QString& date, const QString& calendar)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::CalendarEdit); !allowed)
        return allowed.error();
    if (auto st = checkHolidayDate(date); !st)
        return st;
    return m_store.write([&]() -> Status {
        if (auto removed = m_store.holidays().remove(date, calendar); !removed) {
            if (removed.error().kind == Error::Kind::NotFound)
                return Error::notFound(Text::tr("%1 is not in the holiday list").arg(date));
            return removed;
        }
        return AuditTrail::record(m_store, m_clock, QStringLiteral("holiday"), (date + QLatin1Char(' ') + calendar).trimmed(),
                                  QStringLiteral("remove"));
    });
}

} // namespace ingot
