#include "core/sla/SlaClock.h"

#include "core/sla/CalendarMath.h"

#include <algorithm>

namespace ingot {

namespace {
struct Trace {
    QList<ClockInterval> intervals;
    ClockPhase phase = ClockPhase::Running;
    std::optional<qint64> stoppedAt;
};

// Replays the history into the intervals the clock ran, clipped at now.
Trace trace(SlaMetric metric, qint64 reportedAt, const QList<TicketEvent>& events, qint64 now)
{
    Trace t;
    qint64 runningSince = reportedAt;
    bool cancelled = false;
    auto close = [&](qint64 at) {
        if (at > runningSince)
            t.intervals << ClockInterval{runningSince, at};
    };
    for (const TicketEvent& e : events) {
        if (e.at > now || cancelled)
            continue;
        const qint64 at = std::max(e.at, reportedAt);
        if (SlaClock::stops(metric, e.action)) {
            cancelled = e.action == Action::Cancel;
            if (t.phase == ClockPhase::Running)
                close(at);
            if (t.phase != ClockPhase::Stopped) {
                t.phase = ClockPhase::Stopped;
                t.stoppedAt = at;
            }
            continue;
        }
        if (metric != SlaMetric::Resolution)
            continue;
        if (e.action == Action::Wait && t.phase == ClockPhase::Running) {
            close(at);
            t.phase = ClockPhase::Paused;
        } else if ((e.action == Action::Resume && t.phase == ClockPhase::Paused) ||
                   (e.action == Action::Reopen && t.phase == ClockPhase::Stopped)) {
            runningSince = at;
            t.phase = ClockPhase::Running;
            t.stoppedAt.reset();
        }
    }
    if (t.phase == ClockPhase::Running)
        close(now);
    return t;
}
} // namespace

bool SlaClock::stops(SlaMetric metric, Action action)
{
    if (action == Action::Cancel)
        return true;
    switch (metric) {
    case SlaMetric::Response:
        return action == Action::Respond || action == Action::Assess || action == Action::Plan ||
               action == Action::Start || action == Action::Wait || action == Action::Resolve;
    case SlaMetric::Assessment:
        return action == Action::Assess || action == Action::Plan || action == Action::Resolve;
    case SlaMetric::Resolution:
        return action == Action::Resolve;
    }
    return false;
}

ClockEvaluation SlaClock::evaluate(SlaMetric metric, qint64 reportedAt, const QList<TicketEvent>& events,
                                   const ServiceCalendar& calendar, qint64 targetMinutes, qint64 now, int atRiskPercent)
{
    Trace t = trace(metric, reportedAt, events, now);
    ClockEvaluation c;
    c.metric = metric;
    c.phase = t.phase;
    c.targetSeconds = std::max<qint64>(targetMinutes, 0) * 60;
    c.stoppedAt = t.stoppedAt;
    c.intervals = std::move(t.intervals);

    // The instant the accumulated service time reaches the target: inside the interval where it
    // happens, or, for a running clock that has not got there yet, ahead of now.
    // The same walk finds where the at-risk share is reached: elapsed·100 >= target·percent holds
    // from ceil(target·percent / 100) service seconds on.
    const qint64 riskSeconds = atRiskThresholdSeconds(c.targetSeconds, atRiskPercent);
    std::optional<qint64> reachedAt;
    std::optional<qint64> riskAt;
    qint64 accumulated = 0;
    for (const ClockInterval& i : std::as_const(c.intervals)) {
        const qint64 part = CalendarMath::elapsed(calendar, i.from, i.to);
        if (!reachedAt && accumulated + part >= c.targetSeconds)
            reachedAt = CalendarMath::dueAfterSeconds(calendar, i.from, c.targetSeconds - accumulated);
        if (!riskAt && accumulated + part >= riskSeconds)
            riskAt = CalendarMath::dueAfterSeconds(calendar, i.from, riskSeconds - accumulated);
        accumulated += part;
    }
    c.elapsedSeconds = accumulated;
    if (!reachedAt && c.phase == ClockPhase::Running)
        reachedAt = CalendarMath::dueAfterSeconds(calendar, now, c.targetSeconds - accumulated);
    if (!riskAt && c.phase == ClockPhase::Running)
        riskAt = CalendarMath::dueAfterSeconds(calendar, now, riskSeconds - accumulated);

    // Integer comparison keeps "exactly 75%" at risk without rounding doubt.
    const bool over = c.elapsedSeconds > c.targetSeconds;
    const bool nearlyOver = c.elapsedSeconds * 100 >= c.targetSeconds * atRiskPercent;
    if (over)
        c.state = ClockState::Breached;
    else if (c.phase == ClockPhase::Stopped)
        c.state = ClockState::Met;
    else if (nearlyOver)
        c.state = ClockState::AtRisk;
    else
        c.state = c.phase == ClockPhase::Paused ? ClockState::Paused : ClockState::Running;

    if (c.phase == ClockPhase::Running) {
        c.dueAt = reachedAt;
        c.atRiskAt = riskAt;
    }
    if (over)
        c.breachedAt = reachedAt;
    return c;
}

SlaSnapshot SlaClock::evaluateAll(qint64 reportedAt, const QList<TicketEvent>& events, const ServiceCalendar& calendar,
                                  const SlaTargets& targets, qint64 now, int atRiskPercent)
{
    SlaSnapshot s;
    s.response =
        evaluate(SlaMetric::Response, reportedAt, events, calendar, targets.responseMinutes, now, atRiskPercent);
    s.assessment =
        evaluate(SlaMetric::Assessment, reportedAt, events, calendar, targets.assessmentMinutes, now, atRiskPercent);
    s.resolution =
        evaluate(SlaMetric::Resolution, reportedAt, events, calendar, targets.resolutionMinutes, now, atRiskPercent);
    return s;
}

SlaSnapshot SlaClock::evaluateAll(qint64 reportedAt, const QList<TicketEvent>& events, const ServiceCalendar& calendar,
                                  const SlaPolicy& policy, Tier tier, Priority priority, qint64 now)
{
    return evaluateAll(reportedAt, events, calendar, policy.targetsFor(tier, priority), now, policy.atRiskPercent);
}

qint64 SlaClock::atRiskThresholdSeconds(qint64 targetSeconds, int atRiskPercent)
{
    const qint64 percent = std::clamp<qint64>(atRiskPercent, 0, 100);
    return (std::max<qint64>(targetSeconds, 0) * percent + 99) / 100;
}

std::optional<qint64> SlaClock::nextAtRisk(const QList<ClockEvaluation>& clocks)
{
    // The clock nextDue() names; among clocks due at the same instant, the one at risk first.
    const std::optional<qint64> due = nextDue(clocks);
    std::optional<qint64> best;
    for (const ClockEvaluation& c : clocks)
        if (due && c.phase == ClockPhase::Running && c.dueAt == due && c.atRiskAt && (!best || *c.atRiskAt < *best))
            best = c.atRiskAt;
    return best;
}

std::optional<qint64> SlaClock::nextDue(const QList<ClockEvaluation>& clocks)
{
    std::optional<qint64> best;
    for (const ClockEvaluation& c : clocks)
        if (c.phase == ClockPhase::Running && c.dueAt && (!best || *c.dueAt < *best))
            best = c.dueAt;
    return best;
}

} // namespace ingot
