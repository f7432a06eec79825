#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/sla/ClockEvaluation.h"
#include "core/sla/ServiceCalendar.h"
#include "core/sla/SlaPolicy.h"
#include "core/sla/SlaSnapshot.h"
#include "core/tickets/TicketEvent.h"

#include <QList>
#include <optional>

namespace ingot {

// The clock rules of sla-kpi-spec.md (Clocks), as pure functions of a ticket's report instant, its
// history and `now`:
// - response stops at the first respond, assess, plan, start, wait or resolve; never paused;
// - assessment stops at the first assess, plan or resolve; never paused;
// - resolution stops at resolve, pauses from wait to resume, and a reopen starts it again from the
//   reopen instant (resolve..reopen is not counted);
// - a cancel stops every clock that still counts; nothing restarts a cancelled ticket's clocks.
// Events after `now` are ignored: the same history gives the answer as it was at any instant.
// The history is expected validated (time order, not before the report; TicketStateMachine does
// that); an event before the report is treated as happening at the report.
class SlaClock {
public:
    static ClockEvaluation evaluate(SlaMetric metric, qint64 reportedAt, const QList<TicketEvent>& events,
                                    const ServiceCalendar& calendar, qint64 targetMinutes, qint64 now,
                                    int atRiskPercent = 75);

    static SlaSnapshot evaluateAll(qint64 reportedAt, const QList<TicketEvent>& events, const ServiceCalendar& calendar,
                                   const SlaTargets& targets, qint64 now, int atRiskPercent = 75);
    // The calendar must be the one the policy names for the tier (the caller resolves the name).
    static SlaSnapshot evaluateAll(qint64 reportedAt, const QList<TicketEvent>& events, const ServiceCalendar& calendar,
                                   const SlaPolicy& policy, Tier tier, Priority priority, qint64 now);

    // Whether the action ends the metric's clock (cancel ends all of them).
    static bool stops(SlaMetric metric, Action action);

    // The earliest due instant among the running clocks; none when nothing runs.
    static std::optional<qint64> nextDue(const QList<ClockEvaluation>& clocks);
    // When the clock nextDue() belongs to turns at risk (its atRiskAt); none when nothing runs.
    static std::optional<qint64> nextAtRisk(const QList<ClockEvaluation>& clocks);
    // The service seconds from which a clock with this target is at risk: ceil(target × percent / 100),
    // the least elapsed with elapsed × 100 >= target × percent.
    static qint64 atRiskThresholdSeconds(qint64 targetSeconds, int atRiskPercent);
};

} // namespace ingot
