#include "app/sla/SlaService.h"

#include "app/security/Authorizer.h"
#include "app/audit/AuditTrail.h"
#include "app/sla/SlaTracker.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaService)
};

Error asBadInput(const Error& e)
{
    return e.kind == Error::Kind::NotFound ? Error::badInput(e.message) : e;
}
} // namespace

Result<TicketSla> SlaService::ticketSla(const Ticket& ticket, const QList<TicketEvent>& history)
{
    auto tracker = SlaTracker::load(m_store);
    if (!tracker)
        return tracker.error();
    auto row = m_store.sla().tickets().find(ticket.id);
    if (!row)
        return row.error();
    TicketSla out;
    out.now = m_clock.now();
    auto clocks = tracker->evaluate(*row, history, out.now);
    if (!clocks)
        return clocks.error();
    out.clocks = *clocks;
    auto breaches = m_store.sla().breaches().forTicket(ticket.id);
    if (!breaches)
        return breaches.error();
    out.breaches = *breaches;
    auto compensation = m_store.sla().compensations().forTicket(ticket.id);
    if (!compensation)
        return compensation.error();
    out.compensation = *compensation;
    return out;
}

Status SlaService::refresh(qint64 ticketId)
{
    return m_store.write([&]() -> Status {
        auto tracker = SlaTracker::load(m_store);
        if (!tracker)
            return tracker.error();
        auto row = m_store.sla().tickets().find(ticketId);
        if (!row)
            return row.error();
        auto events = m_store.sla().tickets().clockEvents({ticketId});
        if (!events)
            return events.error();
        return tracker->refresh(*row, events->value(ticketId), m_clock.now());
    });
}

Status SlaService::track(qint64 ticketId)
{
    return m_store.write([&]() -> Status {
        auto tracker = SlaTracker::load(m_store);
        if (!tracker)
            return tracker.error();
        auto row = m_store.sla().tickets().find(ticketId);
        if (!row)
            return row.error();
        auto events = m_store.sla().tickets().clockEvents({ticketId});
        if (!events)
            return events.error();
        auto breaches = m_store.sla().breaches().forTicket(ticketId);
        if (!breaches)
            return breaches.error();
        auto compensation = m_store.sla().compensations().forTicket(ticketId);
        if (!compensation)
            return compensation.error();
        SlaTrackStats stats;
        return tracker->track(*row, events->value(ticketId), *breaches, *compensation, m_clock.now(), stats);
    });
}

Result<SlaSweepSummary> SlaService::sweep(qint64 now, int batchSize)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::SlaSweep); !allowed)
        return allowed.error();
    QElapsedTimer timer;
    timer.start();
    SlaSweepSummary summary;
    summary.now = now;
    auto tracker = SlaTracker::load(m_store);
    if (!tracker)
        return tracker.error();
    auto candidates = m_store.sla().tickets().sweepCandidates();
    if (!candidates)
        return candidates.error();
    summary.candidates = static_cast<qint64>(candidates->size());

    const std::size_t step = static_cast<std::size_t>(std::max(batchSize, 1));
    for (std::size_t first = 0; first < candidates->size(); first += step) {
        const std::size_t last = std::min(candidates->size(), first + step);
        const QList<qint64> ids(candidates->begin() + static_cast<std::ptrdiff_t>(first),
                                candidates->begin() + static_cast<std::ptrdiff_t>(last));
        // Read and write the batch in one transaction, so a ticket changed by a desk meanwhile is
        // never overwritten with clocks of its older history.
        Status st = m_store.write([&]() -> Status {
            auto rows = m_store.sla().tickets().load(ids);
            if (!rows)
                return rows.error();
            auto events = m_store.sla().tickets().clockEvents(ids);
            if (!events)
                return events.error();
            auto breaches = m_store.sla().breaches().forTickets(ids);
            if (!breaches)
                return breaches.error();
            auto compensations = m_store.sla().compensations().forTickets(ids);
            if (!compensations)
                return compensations.error();
            for (const SlaTicket& row : std::as_const(*rows)) {
                const auto c = compensations->constFind(row.id);
                const std::optional<CompensationSuggestion> compensation =
                    c == compensations->constEnd() ? std::nullopt : std::optional<CompensationSuggestion>(*c);
                if (auto t = tracker->track(row, events->value(row.id), breaches->value(row.id), compensation, now,
                                            summary.stats);
                    !t) {
                    Error e = t.error();
                    e.message = Text::tr("ticket %1: %2").arg(row.number, e.message);
                    return e;
                }
            }
            return success();
        });
        if (!st)
            return st.error();
    }
    summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    spdlog::info("sla sweep: {} tickets, {} new breaches in {:.2f} s", summary.candidates,
                 summary.stats.newBreachesTotal(), summary.seconds);
    return summary;
}

Result<ServiceCalendar> SlaService::calendar(const QString& name)
{
    auto setup = SlaSetup::load(m_store);
    if (!setup)
        return setup.error();
    auto calendar = setup->calendar(name);
    if (!calendar)
        return calendar.error();
    return **calendar;
}

Result<QList<SlaPolicy>> SlaService::policies()
{
    return m_store.sla().policies().all();
}

Result<SlaPolicy> SlaService::addPolicy(SlaPolicy policy, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::SlaPolicyEdit); !allowed)
        return allowed.error();
    if (auto st = policy.validate(); !st)
        return st.error();
    const qint64 now = m_clock.now();
    if (policy.effectiveFrom < now)
        return Error::badInput(Text::tr("a new policy cannot start in the past (%1 is before now, %2): tickets keep the "
                                  "policy they were reported under")
                                   .arg(Instant::format(policy.effectiveFrom), Instant::format(now)),
                               QStringLiteral("effective_from"));
    auto setup = SlaSetup::load(m_store);
    if (!setup)
        return setup.error();
    for (Tier tier : allTiers())
        if (auto c = setup->calendar(policy.calendarFor(tier)); !c)
            return c.error();
    policy.id = 0;
    Status st = m_store.write([&]() -> Status {
        if (auto inserted = m_store.sla().policies().insert(policy, now, actor); !inserted)
            return inserted;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("policy"), QString::number(policy.id), QStringLiteral("create"),
                                  {{QStringLiteral("name"), policy.name},
                                   {QStringLiteral("effective_from"), policy.effectiveFrom}});
    });
    if (!st)
        return st.error();
    spdlog::info("SLA policy {} '{}' added by {}, in force from {}", policy.id, policy.name.toStdString(),
                 actor.toStdString(), Instant::format(policy.effectiveFrom).toStdString());
    return policy;
}

Result<CompensationSuggestion> SlaService::decideCompensation(const QString& ticketNumber, bool approve,
                                                              const QString& actor, const QString& note)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::CompensationDecide); !allowed)
        return allowed.error();
    CompensationSuggestion result;
    Status st = m_store.write([&]() -> Status {
        auto ticket = m_store.tickets().findByNumber(ticketNumber);
        if (!ticket)
            return asBadInput(ticket.error());
        auto existing = m_store.sla().compensations().forTicket(ticket->id);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error::badInput(Text::tr("ticket %1 has no compensation suggestion").arg(ticket->number));
        CompensationSuggestion c = **existing;
        if (c.status != CompensationStatus::Suggested)
            return Error::badInput(Text::tr("the compensation of ticket %1 was already %2 by %3 at %4")
                                       .arg(ticket->number, compensationStatusKey(c.status), c.decidedBy,
                                            Instant::format(c.decidedAt.value_or(0))));
        if (approve && !c.final)
            return Error::badInput(Text::tr("the resolution clock of ticket %1 is still running, so the credit is not final "
                                      "yet; approve it once the ticket is resolved")
                                       .arg(ticket->number));
        c.status = approve ? CompensationStatus::Approved : CompensationStatus::Rejected;
        c.decidedBy = actor;
        c.decidedAt = m_clock.now();
        c.note = note.trimmed();
        if (auto saved = m_store.sla().compensations().save(c); !saved)
            return saved;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("compensation"), ticket->number,
                                              approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                                              {{QStringLiteral("credit_fen"), c.creditFen}, {QStringLiteral("note"), c.note}});
            !audited)
            return audited;
        result = c;
        return success();
    });
    if (!st)
        return st.error();
    return result;
}

} // namespace ingot
