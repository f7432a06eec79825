#pragma once

#include "core/sla/SlaTypes.h"

#include <QtGlobal>
#include <optional>

namespace ingot {

// A clock's breach as recorded, once per ticket and metric: the instant the target was reached and,
// once the clock has stopped, the final overrun in service seconds.
struct SlaBreach {
    qint64 id = 0; // storage id; 0 until stored
    qint64 ticketId = 0;
    SlaMetric metric = SlaMetric::Response;
    qint64 breachedAt = 0;
    qint64 recordedAt = 0;
    std::optional<qint64> overrunSeconds; // set when the clock stops

    bool operator==(const SlaBreach&) const = default;
};

} // namespace ingot
