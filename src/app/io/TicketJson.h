#pragma once

#include "core/tickets/Ticket.h"
#include "core/tickets/TicketEvent.h"

#include <QJsonObject>

namespace ingot {

// The JSON of `ticket show`: the ticket, its state and its history. Keys are the contract's.
class TicketJson final {
public:
    static QJsonObject ticket(const Ticket& ticket, const QList<TicketEvent>& history);
    static QJsonObject event(const TicketEvent& event);
};

}  // namespace ingot
