#pragma once

#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketEvent.h"

#include <QJsonObject>

namespace ingot {

// The JSON of `ticket show`: the ticket, its state and its history. Keys are the contract's.
class TicketJson final {
public:
    static QJsonObject ticket(const Ticket& ticket, const QList<TicketEvent>& history);
    // The same with the SLA keys (sla_policy, next_due_at, clocks as of the clock's now, compensation).
    static QJsonObject ticket(const Ticket& ticket, const QList<TicketEvent>& history, Store& store, const Clock& clock);
    static QJsonObject event(const TicketEvent& event);
};

}  // namespace ingot
