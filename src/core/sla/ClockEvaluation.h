#pragma once

#include "core/sla/SlaTypes.h"

#include <QList>
#include <optional>

namespace ingot {

// A stretch of wall-clock time during which a clock ran, [from, to).
struct ClockInterval {
    qint64 from = 0;
    qint64 to = 0;

    bool operator==(const ClockInterval&) const = default;
};

// One clock of one ticket as of `now` (SlaClock::evaluate). Seconds are service seconds of the
// ticket's calendar; instants are UTC epoch seconds.
struct ClockEvaluation {
    SlaMetric metric = SlaMetric::Response;
    ClockPhase phase = ClockPhase::Running;
    ClockState state = ClockState::Running;
    qint64 targetSeconds = 0;
    qint64 elapsedSeconds = 0;
    // Where it ran, in time order; a running clock's last interval ends at now.
    QList<ClockInterval> intervals;
    std::optional<qint64> stoppedAt;
    // Running clocks only: the instant the target is reached if the clock keeps running, which is
    // now + the remaining target in the calendar, or already past for a breached clock.
    std::optional<qint64> dueAt;
    // Running clocks only: the instant elapsed reaches the at-risk share of the target
    // (ceil(target × percent / 100) service seconds) along the running intervals, in the same
    // calendar, so it lies where 75% of the service time is used, not at 75% of the wall-clock span.
    // In the past once the clock is at risk. The clock is at risk (or over) exactly when now >= it.
    std::optional<qint64> atRiskAt;
    // Breached clocks only: the instant elapsed reached the target along the running intervals
    // (the breach event's instant; = dueAt while still running).
    std::optional<qint64> breachedAt;

    qint64 remainingSeconds() const { return elapsedSeconds < targetSeconds ? targetSeconds - elapsedSeconds : 0; }
    // elapsed - target when over, else 0; final once stopped, "as of now" before that.
    qint64 overrunSeconds() const { return elapsedSeconds > targetSeconds ? elapsedSeconds - targetSeconds : 0; }
    double overrunMinutes() const { return static_cast<double>(overrunSeconds()) / 60.0; }
    double elapsedMinutes() const { return static_cast<double>(elapsedSeconds) / 60.0; }
    bool isStopped() const { return phase == ClockPhase::Stopped; }
    bool isBreached() const { return state == ClockState::Breached; }

    bool operator==(const ClockEvaluation&) const = default;
};

} // namespace ingot
