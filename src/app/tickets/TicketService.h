#pragma once

#include "app/tickets/NewTicket.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// The ticket use cases: log a report, take an action on it, read it back. Every write is one
// transaction; a stale edit (someone else changed the ticket since it was read) is refused.
class TicketService final {
public:
    TicketService(Store& store, const Clock& clock);

    Result<Ticket> create(const NewTicket& input, const QString& actor);

    struct ActionInput {
        QString number;
        Action action = Action::Note;
        QString value;
        QString note;
        std::optional<int> expectedVersion;  // the version the user saw; none: take the latest
        std::optional<qint64> at;             // default: now
    };
    Result<Ticket> act(const ActionInput& input, const QString& actor);

    // Called with each ticket create() stored, after its transaction committed (auto-dispatch);
    // may record further actions on it and update the ticket create() returns.
    void setAfterCreate(std::function<void(Ticket&)> hook) { m_afterCreate = std::move(hook); }

    Result<Ticket> find(const QString& number);
    const Actor& actor() const { return m_store.actor(); }  // whom the checks of create() and act() ask about
    Result<QList<TicketEvent>> history(const Ticket& ticket);

private:
    Store& m_store;
    const Clock& m_clock;
    std::function<void(Ticket&)> m_afterCreate;
};

}  // namespace ingot
