#pragma once

#include "app/sla/TicketClocks.h"
#include "core/sla/CompensationSuggestion.h"
#include "core/sla/SlaBreach.h"

#include <QList>
#include <optional>

namespace ingot {

// Everything the detail view and `ticket show` say about a ticket's SLA: its clocks as of now, the
// breaches recorded and the compensation suggestion.
struct TicketSla {
    qint64 now = 0;
    TicketClocks clocks;
    QList<SlaBreach> breaches;
    std::optional<CompensationSuggestion> compensation;
};

} // namespace ingot
