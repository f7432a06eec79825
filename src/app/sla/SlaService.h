#pragma once

#include "app/sla/SlaSweepSummary.h"
#include "app/sla/TicketSla.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"
#include "core/sla/ServiceCalendar.h"

namespace ingot {

// The SLA use cases over the store (sla-kpi-spec.md): the clocks of a ticket, keeping what is stored
// about them current after every change, the background sweep, policy versions, and the
// supervisor's decision on compensation suggestions.
class SlaService final {
public:
    SlaService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // The clocks of a ticket as of now; nothing is written.
    Result<TicketSla> ticketSla(const Ticket& ticket, const QList<TicketEvent>& history);

    // Inside the write that changed the ticket (TicketService): stores its policy and next due
    // instant as of now. Breaches are the sweep's: a ticket with a breached clock stays due for it.
    Status refresh(qint64 ticketId);
    // The same plus what the sweep does for one ticket: breaches once, final overruns, compensation.
    Status track(qint64 ticketId);

    // Evaluates every clock that may still change (open tickets, and tickets changed since their
    // clocks were last stored), recording each breach once. Reads and writes in batches of
    // `batchSize` tickets, one transaction each, so desks keep working while it runs.
    Result<SlaSweepSummary> sweep(qint64 now, int batchSize = 1000);

    // A calendar by name, with the holidays of the database applied.
    Result<ServiceCalendar> calendar(const QString& name);

    Result<QList<SlaPolicy>> policies();
    // A new policy version, in force for tickets reported from its effectiveFrom on, which may not
    // lie in the past: tickets keep the policy they were reported under.
    Result<SlaPolicy> addPolicy(SlaPolicy policy, const QString& actor);

    // The supervisor's decision on a suggestion, kept with who and when. Approving needs the final
    // credit, i.e. a stopped resolution clock.
    Result<CompensationSuggestion> decideCompensation(const QString& ticketNumber, bool approve, const QString& actor,
                                                      const QString& note);

private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
