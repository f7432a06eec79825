#include "app/customers/AutoDispatch.h"

#include <spdlog/spdlog.h>

namespace ingot {

AutoDispatch::AutoDispatch(Store& store, const Clock& clock, TicketService& tickets)
    : m_dispatch(store, clock),
      m_tickets(tickets)
{
    m_tickets.setAfterCreate([this](Ticket& t) { afterCreate(t); });
}

AutoDispatch::~AutoDispatch()
{
    m_tickets.setAfterCreate({});
}

void AutoDispatch::afterCreate(Ticket& ticket)
{
    // The ticket is already stored: a failure here leaves it for the agent to dispatch by hand.
    auto on = m_dispatch.autoDispatchOnCreate();
    if (!on || !*on)
        return;
    auto done = m_dispatch.dispatchBest(ticket, m_tickets, actor());
    if (!done) {
        spdlog::warn("auto-dispatch of {} failed: {}", ticket.number.toStdString(), done.error().text().toStdString());
        return;
    }
    if (*done)
        ticket = **done;
}

} // namespace ingot
