#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketState.h"
#include "core/tickets/TicketTypes.h"

#include <QString>

namespace ingot {

// A ticket as stored: what was reported, plus the state its history adds up to (kept with the row
// so that queues filter and sort without replaying histories).
struct Ticket {
    qint64 id = 0;
    QString number;  // T2026-000123
    QString customerCode;
    QString customerName;
    QString orderNo;
    QString batchNo;
    Category category = Category::Other;
    Priority priority = Priority::P3;
    Channel channel = Channel::Phone;
    QString title;
    QString description;
    QString reporter;
    Tier tier = Tier::C;            // the customer's tier when reported
    Region region = Region::East;  // the customer's region when reported
    TicketState state;
    int version = 0;  // bumped by every change; a stale edit is refused
};

}  // namespace ingot
