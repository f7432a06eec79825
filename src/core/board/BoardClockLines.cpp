#include "core/board/BoardClockLines.h"

#include "core/sla/CalendarMath.h"

namespace ingot {

std::optional<OpenPhase> BoardClockLines::phaseOf(Stage stage, bool responded)
{
    switch (stage) {
    case Stage::Reported:
        return responded ? OpenPhase::AssessmentRunning : OpenPhase::ResponseRunning;
    case Stage::Assessed:
    case Stage::Planned:
    case Stage::InProgress:
        return OpenPhase::ResolutionRunning;
    default:
        return std::nullopt;
    }
}

SlaMetric BoardClockLines::leadingMetric(const SlaTargets& targets, OpenPhase phase)
{
    QList<SlaMetric> running;
    switch (phase) {
    case OpenPhase::ResponseRunning:
        running = {SlaMetric::Response, SlaMetric::Assessment, SlaMetric::Resolution};
        break;
    case OpenPhase::AssessmentRunning:
        running = {SlaMetric::Assessment, SlaMetric::Resolution};
        break;
    case OpenPhase::ResolutionRunning:
        running = {SlaMetric::Resolution};
        break;
    }
    SlaMetric best = running.first();
    for (SlaMetric m : running)
        if (targets.minutes(m) < targets.minutes(best))
            best = m;
    return best;
}

qint64 BoardClockLines::lastServedInstant(const ServiceCalendar& calendar, qint64 now)
{
    // Any calendar serves within a few weeks; a year covers the longest closures (Spring Festival)
    // with room to spare.
    constexpr qint64 kLookBack = 366 * 86400;
    const qint64 from = now - kLookBack;
    const qint64 served = CalendarMath::elapsed(calendar, from, now);
    if (served == 0)
        return from; // a calendar with no hours: nothing can be over
    return CalendarMath::dueAfterSeconds(calendar, from, served);
}

QList<ClockLine> BoardClockLines::compute(const QList<SlaPolicy>& policies,
                                          const QHash<QString, ServiceCalendar>& calendars, qint64 now)
{
    QList<ClockLine> out;
    QHash<QString, qint64> breachLines;
    for (const SlaPolicy& policy : policies) {
        for (Tier tier : allTiers()) {
            const auto cal = calendars.constFind(policy.calendarFor(tier));
            if (cal == calendars.constEnd())
                continue;
            auto line = breachLines.constFind(cal.key());
            if (line == breachLines.constEnd())
                line = breachLines.insert(cal.key(), lastServedInstant(*cal, now));
            for (Priority priority : allPriorities()) {
                const SlaTargets& targets = policy.targetsFor(tier, priority);
                for (OpenPhase phase :
                     {OpenPhase::ResponseRunning, OpenPhase::AssessmentRunning, OpenPhase::ResolutionRunning}) {
                    ClockLine l;
                    l.policyId = policy.id;
                    l.tier = tier;
                    l.priority = priority;
                    l.phase = phase;
                    l.metric = leadingMetric(targets, phase);
                    l.targetSeconds = targets.minutes(l.metric) * 60;
                    // At risk when elapsed·100 >= target·percent, i.e. when the service time left,
                    // S(D) - S(now), is at most floor(target·(100 - percent) / 100).
                    const qint64 margin = l.targetSeconds * (100 - policy.atRiskPercent) / 100;
                    l.riskLine = CalendarMath::dueAfterSeconds(*cal, now, margin);
                    l.breachLine = *line;
                    out << l;
                }
            }
        }
    }
    return out;
}

} // namespace ingot
