#include "app/sla/SlaTracker.h"

#include "app/sla/SlaFormat.h"
#include "core/sla/Compensation.h"
#include "core/sla/SlaClock.h"

#include <algorithm>

namespace ingot {

namespace {
const QString kSystemActor = QStringLiteral("system");
} // namespace

Result<SlaTracker> SlaTracker::load(Store& store)
{
    auto setup = SlaSetup::load(store);
    if (!setup)
        return setup.error();
    return SlaTracker(store, std::move(setup).value());
}

Result<TicketClocks> SlaTracker::evaluate(const SlaTicket& ticket, const QList<TicketEvent>& history, qint64 now) const
{
    auto policy = m_setup.policyFor(ticket.policyId, ticket.reportedAt);
    if (!policy)
        return policy.error();
    const QString name = policy->calendarFor(ticket.tier);
    auto calendar = m_setup.calendar(name);
    if (!calendar)
        return calendar.error();
    TicketClocks out;
    out.clocks =
        SlaClock::evaluateAll(ticket.reportedAt, history, **calendar, *policy, ticket.tier, ticket.priority, now);
    out.nextDue = out.clocks.nextDue();
    out.nextAtRisk = out.clocks.nextAtRisk();
    out.policy = std::move(policy).value();
    out.calendar = name;
    return out;
}

Status SlaTracker::track(const SlaTicket& ticket, const QList<TicketEvent>& history, const QList<SlaBreach>& breaches,
                         const std::optional<CompensationSuggestion>& compensation, qint64 now, SlaTrackStats& stats,
                         const std::function<std::optional<qint64>()>& orderValue)
{
    auto evaluated = evaluate(ticket, history, now);
    if (!evaluated)
        return evaluated.error();
    return apply(ticket, *evaluated, breaches, compensation, now, stats, orderValue);
}

Status SlaTracker::apply(const SlaTicket& ticket, const TicketClocks& e, const QList<SlaBreach>& breaches,
                         const std::optional<CompensationSuggestion>& compensation, qint64 now, SlaTrackStats& stats,
                         const std::function<std::optional<qint64>()>& orderValue)
{
    ++stats.tickets;

    for (SlaMetric metric : allSlaMetrics()) {
        const ClockEvaluation& clock = e.clocks.clock(metric);
        ++stats.clocksByState[static_cast<std::size_t>(clock.state)];
        if (!clock.isBreached() || !clock.breachedAt)
            continue;
        const auto stored =
            std::find_if(breaches.begin(), breaches.end(), [&](const SlaBreach& b) { return b.metric == metric; });
        if (stored == breaches.end()) {
            if (auto st = recordBreach(ticket, clock, now, stats); !st)
                return st;
        } else if (clock.isStopped() && stored->overrunSeconds != clock.overrunSeconds()) {
            // Final once the clock stops; a reopened resolution clock updates it at its next stop.
            if (auto st = m_store.sla().breaches().setOverrun(ticket.id, metric, clock.overrunSeconds()); !st)
                return st;
            ++stats.overrunsFinalized;
        }
    }

    if (e.clocks.resolution.isBreached())
        if (auto st = suggestCompensation(ticket, e.clocks.resolution, compensation, now, stats, orderValue); !st)
            return st;

    if (ticket.policyId != e.policy.id || ticket.nextDueAt != e.nextDue || ticket.nextAtRiskAt != e.nextAtRisk ||
        ticket.slaVersion != ticket.version) {
        if (ticket.nextDueAt != e.nextDue)
            ++stats.nextDueUpdated;
        return m_store.sla().tickets().store(ticket.id, e.policy.id, e.nextDue, e.nextAtRisk, ticket.version);
    }
    return success();
}

Status SlaTracker::refresh(const SlaTicket& ticket, const QList<TicketEvent>& history, qint64 now)
{
    auto evaluated = evaluate(ticket, history, now);
    if (!evaluated)
        return evaluated.error();
    const bool sweepNeeded = evaluated->clocks.anyBreached();
    return m_store.sla().tickets().store(ticket.id, evaluated->policy.id, evaluated->nextDue, evaluated->nextAtRisk,
                                         sweepNeeded ? std::nullopt : std::optional<int>(ticket.version));
}

Status SlaTracker::recordBreach(const SlaTicket& ticket, const ClockEvaluation& clock, qint64 now, SlaTrackStats& stats)
{
    SlaBreach b;
    b.ticketId = ticket.id;
    b.metric = clock.metric;
    b.breachedAt = *clock.breachedAt;
    b.recordedAt = now;
    if (clock.isStopped())
        b.overrunSeconds = clock.overrunSeconds();
    auto added = m_store.sla().breaches().insert(b);
    if (!added)
        return added.error();
    if (!*added)
        return success(); // recorded meanwhile by someone else: once is once
    ++stats.newBreaches[static_cast<std::size_t>(clock.metric)];

    // The history gets the breach too, dated when the clock ran out. It changes no stage and does
    // not bump the ticket's version, so nobody's open edit goes stale because of it.
    TicketEvent event;
    event.at = *clock.breachedAt;
    event.actor = kSystemActor;
    event.action = Action::Breach;
    event.from = ticket.stage;
    event.to = ticket.stage;
    event.value = slaMetricKey(clock.metric);
    if (clock.isStopped())
        event.note = SlaFormat::minutes(clock.overrunSeconds());
    Ticket t;
    t.id = ticket.id;
    t.number = ticket.number;
    QList<TicketEvent> events{event};
    return m_store.tickets().insertHistory(t, events);
}

Status SlaTracker::suggestCompensation(const SlaTicket& ticket, const ClockEvaluation& resolution,
                                       const std::optional<CompensationSuggestion>& existing, qint64 now,
                                       SlaTrackStats& stats, const std::function<std::optional<qint64>()>& orderValue)
{
    if (existing && existing->status != CompensationStatus::Suggested)
        return success(); // decided: the supervisor's decision stands
    std::optional<qint64> value = existing ? std::optional<qint64>(existing->orderValueFen) : ticket.orderValueFen;
    if (!value && orderValue)
        value = orderValue();
    if (!value)
        return success(); // no order, nothing to credit

    CompensationSuggestion c = existing.value_or(CompensationSuggestion{});
    if (!existing) {
        c.ticketId = ticket.id;
        c.orderValueFen = *value;
        c.rule = m_setup.compensationRule();
        c.createdAt = now;
    }
    const qint64 credit = Compensation::creditFen(c.orderValueFen, resolution, c.rule);
    if (existing && existing->overrunSeconds == resolution.overrunSeconds() && existing->creditFen == credit &&
        existing->final == resolution.isStopped())
        return success();
    c.overrunSeconds = resolution.overrunSeconds();
    c.creditFen = credit;
    c.final = resolution.isStopped();
    c.updatedAt = now;
    if (auto st = m_store.sla().compensations().save(c); !st)
        return st;
    ++(existing ? stats.compensationsUpdated : stats.compensationsSuggested);
    return success();
}

SlaTicket SlaTracker::newTicket(const Ticket& ticket)
{
    SlaTicket out;
    out.id = ticket.id;
    out.number = ticket.number;
    out.tier = ticket.tier;
    out.priority = ticket.priority;
    out.stage = ticket.state.stage;
    out.reportedAt = ticket.state.reportedAt;
    out.version = ticket.version;
    return out;
}

Result<TicketClocks> SlaTracker::evaluateNew(const Ticket& ticket, const QList<TicketEvent>& history, qint64 now) const
{
    return evaluate(newTicket(ticket), history, now);
}

Status SlaTracker::trackNew(const Ticket& ticket, const QList<TicketEvent>& history, qint64 now)
{
    auto evaluated = evaluateNew(ticket, history, now);
    if (!evaluated)
        return evaluated.error();
    return trackNew(ticket, std::move(evaluated).value(), now, false);
}

Status SlaTracker::trackNew(const Ticket& ticket, TicketClocks clocks, qint64 now, bool storedWithInsert)
{
    Pending p;
    p.ticket = newTicket(ticket);
    p.clocks = std::move(clocks);
    p.now = now;
    p.storedWithInsert = storedWithInsert;
    // Only the order of a late resolution is looked up (a read, harmless among the inserts).
    if (p.clocks.clocks.resolution.isBreached() && !ticket.orderNo.isEmpty())
        if (auto order = m_store.orders().findByNumber(ticket.orderNo))
            p.ticket.orderValueFen = order->valueFen;
    m_pending << p;
    return success();
}

Status SlaTracker::flush()
{
    // One UPDATE per run of consecutive ids under the same policy marks them evaluated with nothing
    // running; tickets with a running clock, a breach or a credit are then written one by one.
    QList<Pending> pending;
    pending.swap(m_pending);
    std::sort(pending.begin(), pending.end(),
              [](const Pending& a, const Pending& b) { return a.ticket.id < b.ticket.id; });
    for (qsizetype first = 0; first < pending.size();) {
        if (pending.at(first).storedWithInsert) {
            ++first;
            continue;
        }
        qsizetype last = first;
        while (last + 1 < pending.size() && !pending.at(last + 1).storedWithInsert &&
               pending.at(last + 1).ticket.id == pending.at(last).ticket.id + 1 &&
               pending.at(last + 1).clocks.policy.id == pending.at(first).clocks.policy.id)
            ++last;
        if (auto st = m_store.sla().tickets().storeEvaluated(pending.at(first).ticket.id, pending.at(last).ticket.id,
                                                             pending.at(first).clocks.policy.id);
            !st)
            return st;
        first = last + 1;
    }
    for (Pending& p : pending) {
        if (!p.clocks.nextDue && !p.clocks.clocks.anyBreached())
            continue;
        // As stored by the range update above, or by the insert: apply() then writes only the rest.
        p.ticket.policyId = p.clocks.policy.id;
        p.ticket.slaVersion = p.ticket.version;
        if (p.storedWithInsert) {
            p.ticket.nextDueAt = p.clocks.nextDue;
            p.ticket.nextAtRiskAt = p.clocks.nextAtRisk;
        }
        if (auto st = apply(p.ticket, p.clocks, {}, std::nullopt, p.now, m_newTicketStats, {}); !st)
            return st;
    }
    return success();
}

} // namespace ingot
