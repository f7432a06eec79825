#pragma once

#include "core/sla/ClockEvaluation.h"

#include <optional>

namespace ingot {

// The three clocks of one ticket as of one instant: what queues, the detail view and KPIs read.
struct SlaSnapshot {
    ClockEvaluation response;
    ClockEvaluation assessment;
    ClockEvaluation resolution;

    const ClockEvaluation& clock(SlaMetric metric) const;
    // The earliest due instant among running clocks (not paused, not stopped), for queue ordering;
    // none when nothing runs. A breached running clock's due instant lies in the past and sorts first.
    std::optional<qint64> nextDue() const;
    // When that next due clock turns at risk (the policy's share of its target, in its calendar).
    std::optional<qint64> nextAtRisk() const;
    bool anyBreached() const;

    bool operator==(const SlaSnapshot&) const = default;
};

} // namespace ingot
