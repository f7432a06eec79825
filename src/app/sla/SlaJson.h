#pragma once

#include "app/sla/TicketSla.h"

#include <QJsonObject>

namespace ingot {

// The SLA keys of `ticket show`: sla_policy, next_due_at, clocks (response, assessment, resolution:
// state, target_minutes, elapsed_minutes, due_at, breached_at, overrun_minutes) and compensation.
class SlaJson final {
public:
    static void addTo(QJsonObject& ticket, const TicketSla& sla);
    static QJsonObject clock(const ClockEvaluation& clock);
    static QJsonObject compensation(const CompensationSuggestion& suggestion);
};

} // namespace ingot
