#include "core/report/KpiReport.h"

namespace ingot {

const QList<KpiKeyInfo>& kpiKeys()
{
    static const QList<KpiKeyInfo> keys{
        {KpiKey::Reported, "reported", 0, true},
        {KpiKey::Responded, "responded", 0, true},
        {KpiKey::ResponseHoursAvg, "response_hours_avg", 2, false},
        {KpiKey::ResponseHoursP90, "response_hours_p90", 2, false},
        {KpiKey::ResponseSlaPct, "response_sla_pct", 1, false},
        {KpiKey::Resolved, "resolved", 0, true},
        {KpiKey::ResolutionRatePct, "resolution_rate_pct", 1, false},
        {KpiKey::ResolutionHoursAvg, "resolution_hours_avg", 2, false},
        {KpiKey::ResolutionSlaPct, "resolution_sla_pct", 1, false},
        {KpiKey::FirstTimeFixPct, "first_time_fix_pct", 1, false},
        {KpiKey::ReopenRatePct, "reopen_rate_pct", 1, false},
        {KpiKey::Surveys, "surveys", 0, true},
        {KpiKey::CsatPct, "csat_pct", 1, false},
        {KpiKey::CsatAvg, "csat_avg", 2, false},
        {KpiKey::CompensationCny, "compensation_cny", 2, false},
        {KpiKey::BacklogEnd, "backlog_end", 0, true},
    };
    return keys;
}

const KpiKeyInfo& kpiKeyInfo(KpiKey key)
{
    // The enum and the table share one order.
    return kpiKeys().at(static_cast<int>(key));
}

QString kpiKeyName(KpiKey key)
{
    return QString::fromLatin1(kpiKeyInfo(key).name);
}

std::optional<KpiKey> parseKpiKey(const QString& name)
{
    for (const auto& info : kpiKeys())
        if (name == QLatin1String(info.name))
            return info.key;
    return std::nullopt;
}

namespace {
std::optional<double> asDouble(const std::optional<qint64>& v)
{
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}
} // namespace

std::optional<double> KpiValues::value(KpiKey key) const
{
    switch (key) {
    case KpiKey::Reported:
        return asDouble(reported);
    case KpiKey::Responded:
        return asDouble(responded);
    case KpiKey::ResponseHoursAvg:
        return responseHoursAvg;
    case KpiKey::ResponseHoursP90:
        return responseHoursP90;
    case KpiKey::ResponseSlaPct:
        return responseSlaPct;
    case KpiKey::Resolved:
        return asDouble(resolved);
    case KpiKey::ResolutionRatePct:
        return resolutionRatePct;
    case KpiKey::ResolutionHoursAvg:
        return resolutionHoursAvg;
    case KpiKey::ResolutionSlaPct:
        return resolutionSlaPct;
    case KpiKey::FirstTimeFixPct:
        return firstTimeFixPct;
    case KpiKey::ReopenRatePct:
        return reopenRatePct;
    case KpiKey::Surveys:
        return asDouble(surveys);
    case KpiKey::CsatPct:
        return csatPct;
    case KpiKey::CsatAvg:
        return csatAvg;
    case KpiKey::CompensationCny:
        return compensationCny;
    case KpiKey::BacklogEnd:
        return asDouble(backlogEnd);
    }
    return std::nullopt;
}

KpiTargets KpiTargets::defaults()
{
    return KpiTargets({
        {KpiKey::ResponseHoursAvg, KpiDirection::AtMost, 2.0},
        {KpiKey::ResponseSlaPct, KpiDirection::AtLeast, 90.0},
        {KpiKey::ResolutionRatePct, KpiDirection::AtLeast, 95.0},
        {KpiKey::ResolutionSlaPct, KpiDirection::AtLeast, 90.0},
        {KpiKey::FirstTimeFixPct, KpiDirection::AtLeast, 80.0},
        {KpiKey::CsatPct, KpiDirection::AtLeast, 90.0},
    });
}

std::optional<KpiTarget> KpiTargets::target(KpiKey key) const
{
    for (const auto& t : m_targets)
        if (t.key == key)
            return t;
    return std::nullopt;
}

KpiTargetStatus KpiTargets::status(KpiKey key, std::optional<double> value) const
{
    const auto t = target(key);
    if (!t)
        return KpiTargetStatus::NoTarget;
    if (!value)
        return KpiTargetStatus::NoValue;
    const bool met = t->direction == KpiDirection::AtMost ? *value <= t->value : *value >= t->value;
    return met ? KpiTargetStatus::Met : KpiTargetStatus::Missed;
}

QString kpiDirectionKey(KpiDirection direction)
{
    return direction == KpiDirection::AtMost ? QStringLiteral("at_most") : QStringLiteral("at_least");
}

std::optional<KpiDirection> parseKpiDirection(const QString& key)
{
    if (key == QLatin1String("at_most"))
        return KpiDirection::AtMost;
    if (key == QLatin1String("at_least"))
        return KpiDirection::AtLeast;
    return std::nullopt;
}

QString kpiTargetStatusKey(KpiTargetStatus status)
{
    switch (status) {
    case KpiTargetStatus::NoTarget:
        return QStringLiteral("none");
    case KpiTargetStatus::NoValue:
        return QStringLiteral("no_value");
    case KpiTargetStatus::Met:
        return QStringLiteral("met");
    case KpiTargetStatus::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

} // namespace ingot
