#pragma once

#include "core/sla/SlaPolicy.h"
#include "core/sla/SlaSnapshot.h"

#include <QString>
#include <optional>

namespace ingot {

// The clocks of one ticket as of one instant, with the policy and calendar they were counted by.
struct TicketClocks {
    SlaPolicy policy;
    QString calendar;
    SlaSnapshot clocks;
    std::optional<qint64> nextDue; // earliest due instant of a running clock
    std::optional<qint64> nextAtRisk; // when that clock turns at risk
};

} // namespace ingot
