#pragma once

#include "core/tickets/TicketTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// What an agent fills in when a customer calls; validated by TicketService::create.
struct NewTicket {
    QString customerCode;
    QString orderNo;  // optional
    QString batchNo;  // optional; taken from the order when empty
    Category category = Category::Other;
    Priority priority = Priority::P3;
    Channel channel = Channel::Phone;
    QString title;
    QString description;
    QString reporter;                   // the customer's contact who called
    std::optional<qint64> reportedAt;  // default: now
};

}  // namespace ingot
