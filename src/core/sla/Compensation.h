#pragma once

#include "core/sla/ClockEvaluation.h"
#include "core/sla/CompensationRule.h"

#include <QtGlobal>

namespace ingot {

// The suggested credit for a late resolution (a supervisor approves it), in integer fen:
// hours = ceil(overrun / 1 h) on the exact overrun in seconds, so any started hour counts;
// credit = min(hours × V × rate_bp, V × cap_bp) / 10000, floored. Computed without overflow for any
// order value that fits in qint64.
class Compensation {
public:
    static qint64 overrunHours(qint64 overrunSeconds);
    static qint64 creditFen(qint64 orderValueFen, qint64 overrunSeconds, const CompensationRule& rule = {});
    // From the resolution clock as of its evaluation (final once stopped).
    static qint64 creditFen(qint64 orderValueFen, const ClockEvaluation& resolution, const CompensationRule& rule = {});
};

} // namespace ingot
