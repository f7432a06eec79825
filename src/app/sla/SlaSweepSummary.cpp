#include "app/sla/SlaSweepSummary.h"

#include "core/common/Instant.h"
#include "core/sla/SlaTypes.h"

namespace ingot {

QJsonObject SlaSweepSummary::toJson() const
{
    QJsonObject clocks;
    for (ClockState s : allClockStates())
        clocks.insert(clockStateKey(s), stats.clocksByState[static_cast<std::size_t>(s)]);
    QJsonObject breaches;
    for (SlaMetric m : allSlaMetrics())
        breaches.insert(slaMetricKey(m), stats.newBreaches[static_cast<std::size_t>(m)]);
    breaches.insert(QStringLiteral("total"), stats.newBreachesTotal());
    return QJsonObject{
        {QStringLiteral("now"), Instant::format(now)},
        {QStringLiteral("tickets"), candidates},
        {QStringLiteral("clocks"), clocks},
        {QStringLiteral("new_breaches"), breaches},
        {QStringLiteral("overruns_finalized"), stats.overrunsFinalized},
        {QStringLiteral("next_due_updated"), stats.nextDueUpdated},
        {QStringLiteral("compensation"), QJsonObject{{QStringLiteral("suggested"), stats.compensationsSuggested},
                                                     {QStringLiteral("updated"), stats.compensationsUpdated}}},
        {QStringLiteral("seconds"), seconds},
    };
}

} // namespace ingot
