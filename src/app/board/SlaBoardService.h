#pragma once

#include "core/board/AnomalyRule.h"
#include "core/board/BoardTypes.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/repositories/Repositories.h"
#include "core/repositories/SlaBoardRepository.h"

namespace ingot {

// One refresh of the supervisor's board (docs/board.md): reads the policies and calendars, works
// out the clock lines as of now, lets the storage aggregate, and assembles the snapshot. Runs on
// whatever thread owns `store` and `board` (the board's worker).
class SlaBoardService final {
public:
    SlaBoardService(Store& store, SlaBoardRepository& board, const Clock& clock);

    Result<BoardSnapshot> snapshot(const BoardFilter& filter, int nextLimit = 20);
    Result<QStringList> teams() { return m_board.teams(); }

    AnomalyRule& rule() { return m_rule; }

private:
    Store& m_store;
    SlaBoardRepository& m_board;
    const Clock& m_clock;
    AnomalyRule m_rule;
};

} // namespace ingot
