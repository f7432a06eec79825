#pragma once

#include "app/tickets/TicketService.h"
#include "core/common/Clock.h"
#include "core/dispatch/DispatchEngine.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Dispatch (智能派单) over the store: the rules as a setting an admin edits, the ranked suggestions
// for a ticket, auto-dispatch of new tickets (a setting, off by default) and re-dispatch of tickets
// whose clock is at risk while their technician carries more than their capacity.
class DispatchService final {
public:
    DispatchService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    Result<DispatchRules> rules();
    Status saveRules(const DispatchRules& rules);
    Status setRule(const QString& key, const QString& value);

    Result<bool> autoDispatchOnCreate();
    Status setAutoDispatchOnCreate(bool on);

    // Every technician ranked for the ticket, as of `now`. A technician's working calendar is their
    // own, or without one: the dedicated team the calendar of its accounts' tier, others 8x5.
    Result<DispatchRanking> suggest(const Ticket& ticket, qint64 now);
    Result<DispatchRanking> suggest(const QString& ticketNumber);

    // Dispatches the ticket to the best eligible suggestion, the reasons in the history note.
    // Returns the ticket as stored, or none when nobody is eligible (nothing written then).
    Result<std::optional<Ticket>> dispatchBest(const Ticket& ticket, TicketService& tickets, const QString& actor);

    struct Move {
        QString ticket;
        QString from;
        QString to;
        QString why;
    };
    // Open tickets with a clock at risk (or breached and still running) whose assignee is at or
    // over capacity go to the best other technician who is under capacity, most urgent first,
    // until the assignee is under capacity again. A dry run only says what would move.
    Result<QList<Move>> rebalance(qint64 now, bool dryRun, TicketService& tickets, const QString& actor);

private:
    Result<QList<DispatchCandidate>> candidates(const DispatchRules& rules, QHash<QString, int>* load = nullptr);

    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
