#pragma once

#include <QtGlobal>
#include <array>

namespace ingot {

// What tracking did to a set of tickets: the clock states it saw and what it wrote. Summed up by
// the sweep for its JSON summary.
struct SlaTrackStats {
    qint64 tickets = 0;
    std::array<qint64, 5> clocksByState{}; // indexed by ClockState
    std::array<qint64, 3> newBreaches{};   // indexed by SlaMetric
    qint64 overrunsFinalized = 0;
    qint64 nextDueUpdated = 0;
    qint64 compensationsSuggested = 0;
    qint64 compensationsUpdated = 0;

    qint64 newBreachesTotal() const { return newBreaches[0] + newBreaches[1] + newBreaches[2]; }
};

} // namespace ingot
