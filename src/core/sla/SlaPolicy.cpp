#include "core/sla/SlaPolicy.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaPolicy)
};

std::size_t indexOf(Tier tier)
{
    return static_cast<std::size_t>(tier);
}

std::size_t indexOf(Priority priority)
{
    return static_cast<std::size_t>(priority);
}
} // namespace

SlaPolicy SlaPolicy::defaults()
{
    SlaPolicy p;
    p.name = QStringLiteral("default");
    const std::array<SlaTargets, 4> perPriority{
        SlaTargets{30, 60, 480},
        SlaTargets{60, 120, 1440},
        SlaTargets{120, 180, 2880},
        SlaTargets{240, 480, 7200},
    };
    p.targets.fill(perPriority);
    p.calendarByTier = {QStringLiteral("24x7"), QStringLiteral("12x7"), QStringLiteral("8x5")};
    return p;
}

const SlaTargets& SlaPolicy::targetsFor(Tier tier, Priority priority) const
{
    return targets[indexOf(tier)][indexOf(priority)];
}

SlaTargets& SlaPolicy::targetsFor(Tier tier, Priority priority)
{
    return targets[indexOf(tier)][indexOf(priority)];
}

qint64 SlaPolicy::targetMinutes(Tier tier, Priority priority, SlaMetric metric) const
{
    return targetsFor(tier, priority).minutes(metric);
}

const QString& SlaPolicy::calendarFor(Tier tier) const
{
    return calendarByTier[indexOf(tier)];
}

Status SlaPolicy::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::badInput(Text::tr("a policy needs a name"), QStringLiteral("name"));
    if (atRiskPercent < 1 || atRiskPercent > 100)
        return Error::badInput(Text::tr("the at-risk threshold is a percentage from 1 to 100"),
                               QStringLiteral("at_risk_percent"));
    for (Tier tier : allTiers()) {
        if (calendarFor(tier).trimmed().isEmpty())
            return Error::badInput(Text::tr("tier %1 has no calendar").arg(tierKey(tier)), QStringLiteral("calendar"));
        for (Priority priority : allPriorities())
            for (SlaMetric metric : allSlaMetrics())
                if (targetMinutes(tier, priority, metric) < 1)
                    return Error::badInput(Text::tr("the %1 target of tier %2, %3 must be at least one minute")
                                               .arg(slaMetricKey(metric), tierKey(tier), priorityKey(priority)),
                                           slaMetricKey(metric));
    }
    return success();
}

std::optional<SlaPolicy> SlaPolicy::inForce(const QList<SlaPolicy>& policies, qint64 reportedAt)
{
    const SlaPolicy* best = nullptr;
    for (const SlaPolicy& p : policies) {
        if (p.effectiveFrom > reportedAt)
            continue;
        if (!best || p.effectiveFrom > best->effectiveFrom ||
            (p.effectiveFrom == best->effectiveFrom && p.id > best->id))
            best = &p;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace ingot
