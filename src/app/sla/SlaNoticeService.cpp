#include "app/sla/SlaNoticeService.h"

#include "app/sla/SlaTracker.h"

namespace ingot {

bool SlaNoticeService::mayWatchEveryone(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

SlaNoticeScope SlaNoticeService::scopeFor(const Actor& actor, bool everyoneWanted)
{
    SlaNoticeScope scope;
    scope.login = actor.login;
    scope.createdToo = actor.role == Role::Agent;
    scope.everyone = everyoneWanted && mayWatchEveryone(actor.role);
    return scope;
}

Result<QList<SlaNotice>> SlaNoticeService::collect(const SlaNoticeScope& scope)
{
    QList<SlaNotice> out;
    if (scope.login.isEmpty())
        return out;
    const qint64 now = m_clock.now();
    // Read, decide and record in one transaction: two desks of one person never both announce it.
    Status st = m_store.write([&]() -> Status {
        auto candidates = m_store.sla().tickets().turnedBetween(scope, now - kLookBackSeconds, now, kLimit);
        if (!candidates)
            return candidates.error();
        if (candidates->isEmpty())
            return success();
        auto tracker = SlaTracker::load(m_store);
        if (!tracker)
            return tracker.error();
        QList<qint64> ids;
        for (const SlaTicket& t : std::as_const(*candidates))
            ids << t.id;
        auto events = m_store.sla().tickets().clockEvents(ids);
        if (!events)
            return events.error();
        for (const SlaTicket& t : std::as_const(*candidates)) {
            auto clocks = tracker->evaluate(t, events->value(t.id), now);
            if (!clocks)
                return clocks.error();
            for (SlaMetric metric : allSlaMetrics()) {
                const ClockEvaluation& c = clocks->clocks.clock(metric);
                if (c.phase != ClockPhase::Running || !c.dueAt)
                    continue; // stopped and paused clocks do not turn
                SlaNotice n;
                n.login = scope.login;
                n.ticketId = t.id;
                n.number = t.number;
                n.metric = metric;
                n.dueAt = *c.dueAt;
                n.noticedAt = now;
                if (c.state == ClockState::Breached && c.breachedAt) {
                    n.breached = true;
                    n.at = *c.breachedAt;
                } else if (c.state == ClockState::AtRisk && c.atRiskAt) {
                    n.at = *c.atRiskAt;
                } else {
                    continue;
                }
                auto added = m_store.sla().notices().claim(n);
                if (!added)
                    return added.error();
                if (*added)
                    out << n;
            }
        }
        return success();
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace ingot
