#include "app/report/KpiLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KpiReport)
};
} // namespace

QString KpiLabels::kpi(KpiKey key)
{
    switch (key) {
    case KpiKey::Reported:
        return Text::tr("Tickets reported");
    case KpiKey::Responded:
        return Text::tr("Tickets responded to");
    case KpiKey::ResponseHoursAvg:
        return Text::tr("Mean response time");
    case KpiKey::ResponseHoursP90:
        return Text::tr("90th percentile response time");
    case KpiKey::ResponseSlaPct:
        return Text::tr("Response SLA met");
    case KpiKey::Resolved:
        return Text::tr("Tickets resolved");
    case KpiKey::ResolutionRatePct:
        return Text::tr("Resolution rate");
    case KpiKey::ResolutionHoursAvg:
        return Text::tr("Mean resolution time");
    case KpiKey::ResolutionSlaPct:
        return Text::tr("Resolution SLA met");
    case KpiKey::FirstTimeFixPct:
        return Text::tr("First-time fix rate");
    case KpiKey::ReopenRatePct:
        return Text::tr("Reopen rate");
    case KpiKey::Surveys:
        return Text::tr("Surveys answered");
    case KpiKey::CsatPct:
        return Text::tr("Satisfied customers (score 4-5)");
    case KpiKey::CsatAvg:
        return Text::tr("Mean survey score");
    case KpiKey::CompensationCny:
        return Text::tr("Suggested compensation");
    case KpiKey::BacklogEnd:
        return Text::tr("Open tickets at month end");
    }
    return {};
}

QString KpiLabels::unit(KpiKey key)
{
    switch (key) {
    case KpiKey::ResponseHoursAvg:
    case KpiKey::ResponseHoursP90:
    case KpiKey::ResolutionHoursAvg:
        return Text::tr("h");
    case KpiKey::CompensationCny:
        return Text::tr("CNY");
    case KpiKey::CsatAvg:
        return {};
    default:
        return kpiKeyInfo(key).decimals == 1 ? QStringLiteral("%") : QString();
    }
}

QString KpiLabels::breakdown(const QString& key)
{
    if (key == QLatin1String("by_tier"))
        return Text::tr("By customer tier");
    if (key == QLatin1String("by_region"))
        return Text::tr("By region");
    if (key == QLatin1String("by_category"))
        return Text::tr("By category");
    if (key == QLatin1String("by_assignee"))
        return Text::tr("By technician");
    if (key == QLatin1String("top_categories"))
        return Text::tr("Most frequent categories");
    return key;
}

QString KpiLabels::groupColumn(const QString& key)
{
    if (key == QLatin1String("reported"))
        return Text::tr("Reported");
    if (key == QLatin1String("response_sla_pct"))
        return Text::tr("Response SLA %");
    if (key == QLatin1String("resolution_sla_pct"))
        return Text::tr("Resolution SLA %");
    if (key == QLatin1String("csat_pct"))
        return Text::tr("Satisfied %");
    if (key == QLatin1String("count"))
        return Text::tr("Tickets");
    return key;
}

QString KpiLabels::direction(KpiDirection direction)
{
    return direction == KpiDirection::AtMost ? Text::tr("at most") : Text::tr("at least");
}

QString KpiLabels::status(KpiTargetStatus status)
{
    switch (status) {
    case KpiTargetStatus::NoTarget:
        return {};
    case KpiTargetStatus::NoValue:
        return Text::tr("no data");
    case KpiTargetStatus::Met:
        return Text::tr("met");
    case KpiTargetStatus::Missed:
        return Text::tr("missed");
    }
    return {};
}

QString KpiLabels::unassigned()
{
    return Text::tr("(unassigned)");
}

QString KpiLabels::title()
{
    return Text::tr("Monthly service KPIs");
}

QString KpiLabels::value(KpiKey key, std::optional<double> value)
{
    if (!value)
        return {};
    return QString::number(*value, 'f', kpiKeyInfo(key).decimals);
}

QString KpiLabels::percent(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

QString KpiLabels::jsonNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace ingot
