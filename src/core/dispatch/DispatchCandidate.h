#pragma once

#include "core/customers/Technician.h"
#include "core/sla/ServiceCalendar.h"

#include <optional>

namespace ingot {

// What the engine knows about one technician at the moment of dispatch.
struct DispatchCandidate {
    Technician technician;
    int openTickets = 0;
    std::optional<int> capacity;             // none: the rules' default
    std::optional<ServiceCalendar> calendar; // the working calendar; none: always on duty
};

// What the engine knows about the ticket.
struct DispatchTicketFacts {
    Category category = Category::Other;
    Priority priority = Priority::P3;
    Tier tier = Tier::C;
    Region region = Region::East;
    QString currentAssignee;
};

} // namespace ingot
