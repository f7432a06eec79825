#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/sla/ServiceCalendar.h"
#include "core/sla/SlaPolicy.h"
#include "core/sla/SlaTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QHash>
#include <QList>
#include <optional>

namespace ingot {

// Which clocks of an open ticket run, known from two stored columns alone (stage and whether the
// first response happened), without replaying its history:
// - ResponseRunning: stage reported, no first response: response, assessment and resolution run;
// - AssessmentRunning: stage reported, responded: assessment and resolution run;
// - ResolutionRunning: assessed, planned or in progress: only resolution runs (assess can only
//   happen from reported, so the two others have stopped);
// waiting_customer pauses resolution and nothing runs. All clocks that run in the first two phases
// started at the report and never paused, so they have the same elapsed time.
enum class OpenPhase { ResponseRunning = 0, AssessmentRunning = 1, ResolutionRunning = 2 };

// For one (policy, tier, priority, phase): the clock that runs out first and two instants to
// compare the ticket's stored next_due_at (D) with, valid at `now` only:
//   breached  ⇔ D <  breachLine
//   at risk   ⇔ breachLine <= D <= riskLine
// How they are derived is in docs/board.md; BoardClockLinesTest and the engine test check them.
struct ClockLine {
    qint64 policyId = 0;
    Tier tier = Tier::C;
    Priority priority = Priority::P3;
    OpenPhase phase = OpenPhase::ResponseRunning;
    SlaMetric metric = SlaMetric::Response; // the leading clock: the one next_due_at belongs to
    qint64 targetSeconds = 0;
    qint64 riskLine = 0;
    qint64 breachLine = 0;

    bool operator==(const ClockLine&) const = default;
};

class BoardClockLines final {
public:
    static std::optional<OpenPhase> phaseOf(Stage stage, bool responded);
    // Among the running clocks of `phase` (same elapsed time), the one with the smallest target
    // runs out first; on a tie the earlier in response, assessment, resolution order.
    static SlaMetric leadingMetric(const SlaTargets& targets, OpenPhase phase);
    // The instant of the last served second up to `now`: the earliest t with S(t) = S(now).
    static qint64 lastServedInstant(const ServiceCalendar& calendar, qint64 now);
    // The lines of every policy × tier × priority × phase. A policy whose tier calendar is missing
    // from `calendars` is left out (its tickets count as open only).
    static QList<ClockLine> compute(const QList<SlaPolicy>& policies, const QHash<QString, ServiceCalendar>& calendars,
                                    qint64 now);
};

} // namespace ingot
