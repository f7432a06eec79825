#include "core/service/ServiceScheduler.h"

#include <algorithm>

namespace ingot {

namespace {
// The day clamped into the month, so "day 31" means the last day of a short month.
QDate dayIn(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::clamp(day, 1, first.daysInMonth()));
}
} // namespace

QList<ServiceTask> ServiceScheduler::dueIn(int year, int month, const QList<ScheduleCustomer>& customers,
                                           const ServiceScheduleRules& rules)
{
    QList<ServiceTask> out;
    if (!QDate(year, month, 1).isValid())
        return out;
    auto task = [&out](const ScheduleCustomer& c, ServiceTaskKind kind, const QDate& due, const QString& topic) {
        ServiceTask t;
        t.kind = kind;
        t.topic = topic;
        t.customerCode = c.code;
        t.customerName = c.name;
        t.owner = c.owner;
        t.dueDate = due;
        out << t;
    };
    const bool inspectionMonth = rules.inspectionMonths.contains(month);
    for (const ScheduleCustomer& c : customers) {
        if (rules.followUpTiers.contains(c.tier))
            task(c, ServiceTaskKind::FollowUpVisit, dayIn(year, month, rules.followUpDay), {});
        if (inspectionMonth && c.annualVolumeT > rules.inspectionVolumeT)
            task(c, ServiceTaskKind::OnsiteInspection, dayIn(year, month, rules.inspectionDay), {});
        for (const SeasonalAdviceRule& s : rules.seasonal)
            if (s.month == month && s.appliesTo(c.region, c.province))
                task(c, ServiceTaskKind::SeasonalAdvice, dayIn(year, month, s.day), s.topic);
    }
    std::stable_sort(out.begin(), out.end(), [](const ServiceTask& a, const ServiceTask& b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.customerCode < b.customerCode;
    });
    return out;
}

} // namespace ingot
