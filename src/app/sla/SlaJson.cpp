#include "app/sla/SlaJson.h"

#include "core/common/Instant.h"
#include "core/sla/Compensation.h"

#include <cmath>

namespace ingot {

namespace {
QJsonValue instantOrNull(const std::optional<qint64>& v)
{
    return v ? QJsonValue(Instant::format(*v)) : QJsonValue(QJsonValue::Null);
}

// Minutes as a JSON number with at most two decimals.
double minutes(qint64 seconds)
{
    return std::round(static_cast<double>(seconds) * 100.0 / 60.0) / 100.0;
}
} // namespace

QJsonObject SlaJson::clock(const ClockEvaluation& c)
{
    return QJsonObject{
        {QStringLiteral("state"), clockStateKey(c.state)},
        {QStringLiteral("phase"), clockPhaseKey(c.phase)},
        {QStringLiteral("target_minutes"), static_cast<double>(c.targetSeconds / 60)},
        {QStringLiteral("elapsed_minutes"), minutes(c.elapsedSeconds)},
        {QStringLiteral("due_at"), instantOrNull(c.dueAt)},
        {QStringLiteral("stopped_at"), instantOrNull(c.stoppedAt)},
        {QStringLiteral("breached_at"), instantOrNull(c.breachedAt)},
        {QStringLiteral("overrun_minutes"),
         c.isBreached() ? QJsonValue(minutes(c.overrunSeconds())) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject SlaJson::compensation(const CompensationSuggestion& c)
{
    return QJsonObject{
        {QStringLiteral("status"), compensationStatusKey(c.status)},
        {QStringLiteral("final"), c.final},
        {QStringLiteral("order_value_fen"), static_cast<double>(c.orderValueFen)},
        {QStringLiteral("overrun_minutes"), minutes(c.overrunSeconds)},
        {QStringLiteral("overrun_hours"), static_cast<double>(Compensation::overrunHours(c.overrunSeconds))},
        {QStringLiteral("rate_bp"), static_cast<double>(c.rule.rateBp)},
        {QStringLiteral("cap_bp"), static_cast<double>(c.rule.capBp)},
        {QStringLiteral("credit_fen"), static_cast<double>(c.creditFen)},
        {QStringLiteral("suggested_at"), Instant::format(c.createdAt)},
        {QStringLiteral("decided_by"), c.decidedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.decidedBy)},
        {QStringLiteral("decided_at"), instantOrNull(c.decidedAt)},
        {QStringLiteral("note"), c.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.note)},
    };
}

void SlaJson::addTo(QJsonObject& ticket, const TicketSla& sla)
{
    const SlaPolicy& p = sla.clocks.policy;
    ticket.insert(QStringLiteral("sla_policy"),
                  QJsonObject{{QStringLiteral("id"), static_cast<double>(p.id)},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("effective_from"), Instant::format(p.effectiveFrom)},
                              {QStringLiteral("calendar"), sla.clocks.calendar},
                              {QStringLiteral("at_risk_percent"), p.atRiskPercent}});
    ticket.insert(QStringLiteral("next_due_at"), instantOrNull(sla.clocks.nextDue));
    QJsonObject clocks;
    for (SlaMetric m : allSlaMetrics())
        clocks.insert(slaMetricKey(m), clock(sla.clocks.clocks.clock(m)));
    clocks.insert(QStringLiteral("as_of"), Instant::format(sla.now));
    ticket.insert(QStringLiteral("clocks"), clocks);
    ticket.insert(QStringLiteral("compensation"),
                  sla.compensation ? QJsonValue(compensation(*sla.compensation)) : QJsonValue(QJsonValue::Null));
}

} // namespace ingot
