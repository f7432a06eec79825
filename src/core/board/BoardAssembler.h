#pragma once

#include "core/board/AnomalyRule.h"
#include "core/repositories/SlaBoardRepository.h"

namespace ingot {

// Turns the storage's aggregates into what the board shows: counters per tier and in total, the
// 30 days of compliance, open tickets per region and tier, response hours per region this week and
// before, and the anomalies with their reasons. Pure.
class BoardAssembler final {
public:
    static BoardSnapshot assemble(const BoardQuery& query, const BoardFacts& facts, const AnomalyRule& rule);
    // "华东 response 5.2 h this week vs 2.1 ± 0.6 h over 8 weeks" (translated).
    static QString describe(const BoardAnomaly& anomaly);
};

} // namespace ingot
