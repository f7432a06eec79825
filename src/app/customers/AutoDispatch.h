#pragma once

#include "app/customers/DispatchService.h"

namespace ingot {

// Dispatches each new ticket to its best suggestion when the setting dispatch.auto_on_create is on.
// Installed on a TicketService; must outlive it (or be uninstalled first).
class AutoDispatch final {
public:
    AutoDispatch(Store& store, const Clock& clock, TicketService& tickets);
    ~AutoDispatch();
    AutoDispatch(const AutoDispatch&) = delete;
    AutoDispatch& operator=(const AutoDispatch&) = delete;

    static QString actor() { return QStringLiteral("auto-dispatch"); }

private:
    void afterCreate(Ticket& ticket);

    DispatchService m_dispatch;
    TicketService& m_tickets;
};

} // namespace ingot
