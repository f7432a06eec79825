#pragma once

#include "app/sla/SlaSetup.h"
#include "app/sla/SlaTrackStats.h"
#include "app/sla/TicketClocks.h"
#include "core/repositories/Repositories.h"

#include <functional>

namespace ingot {

// Brings what is stored about a ticket's clocks in line with its history as of `now`: the policy it
// was reported under, next_due_at, each breach once (a row and a `breach` history event) with its
// final overrun when the clock stops, and the compensation suggestion of a late resolution of a
// ticket with an order. The same history and `now` always give the same writes, so it is safe to
// run again (sweeps, retries).
class SlaTracker final {
public:
    SlaTracker(Store& store, SlaSetup setup) : m_store(store), m_setup(std::move(setup)) {}
    static Result<SlaTracker> load(Store& store);

    const SlaSetup& setup() const { return m_setup; }

    // Pure evaluation: nothing is written.
    Result<TicketClocks> evaluate(const SlaTicket& ticket, const QList<TicketEvent>& history, qint64 now) const;

    // Inside a write transaction. `breaches` and `compensation` are what is stored for the ticket.
    // `orderValue` is asked only when a suggestion is due and the ticket row did not carry the value.
    Status track(const SlaTicket& ticket, const QList<TicketEvent>& history, const QList<SlaBreach>& breaches,
                 const std::optional<CompensationSuggestion>& compensation, qint64 now, SlaTrackStats& stats,
                 const std::function<std::optional<qint64>()>& orderValue = {});

    // Inside the write that changed the ticket: stores its policy and next due instant only. A
    // ticket with a breached clock is left for the sweep, which records the breach once.
    Status refresh(const SlaTicket& ticket, const QList<TicketEvent>& history, qint64 now);

    // A ticket just inserted with its whole history (seeding, bulk loads), nothing recorded yet. The
    // writes wait for flush(), which must run in the same transaction: written after the batch's
    // inserts, in a few statements, they cost the inserts nothing (every write statement between
    // two inserts would make the search index flush its pending terms).
    Status trackNew(const Ticket& ticket, const QList<TicketEvent>& history, qint64 now);
    // The same in two steps, for a load that stores the policy and next due instant in the ticket's
    // own INSERT (TicketRepository::insertWithClocks): evaluateNew() before the insert, then
    // trackNew() with its result; `storedWithInsert` says whether the insert stored them.
    Result<TicketClocks> evaluateNew(const Ticket& ticket, const QList<TicketEvent>& history, qint64 now) const;
    Status trackNew(const Ticket& ticket, TicketClocks clocks, qint64 now, bool storedWithInsert);
    Status flush();

private:
    static SlaTicket newTicket(const Ticket& ticket);

    struct Pending {
        SlaTicket ticket;
        TicketClocks clocks;
        qint64 now = 0;
        bool storedWithInsert = false;  // policy, next due instant and version already in the row
    };

    Status apply(const SlaTicket& ticket, const TicketClocks& clocks, const QList<SlaBreach>& breaches,
                 const std::optional<CompensationSuggestion>& compensation, qint64 now, SlaTrackStats& stats,
                 const std::function<std::optional<qint64>()>& orderValue);
    Status recordBreach(const SlaTicket& ticket, const ClockEvaluation& clock, qint64 now, SlaTrackStats& stats);
    Status suggestCompensation(const SlaTicket& ticket, const ClockEvaluation& resolution,
                               const std::optional<CompensationSuggestion>& existing, qint64 now, SlaTrackStats& stats,
                               const std::function<std::optional<qint64>()>& orderValue);

    Store& m_store;
    SlaSetup m_setup;
    SlaTrackStats m_newTicketStats;
    QList<Pending> m_pending;
};

} // namespace ingot
