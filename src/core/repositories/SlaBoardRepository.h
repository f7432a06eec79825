#pragma once

#include "core/board/BoardClockLines.h"
#include "core/board/BoardPeriods.h"
#include "core/board/BoardTypes.h"
#include "core/common/Result.h"

#include <QList>

namespace ingot {

// What the supervisor's board reads in one refresh (docs/board.md). Every figure is an aggregate
// the storage computes over its indexes: open tickets, today's and this month's breaches, and the
// tickets reported in the weeks the charts and the anomaly rule look at. Read-only.
struct BoardQuery {
    BoardFilter filter;
    BoardPeriods periods;
    QList<ClockLine> lines; // BoardClockLines::compute at periods.now
    int nextLimit = 20;
};

// Open tickets of one tier and region. atRisk/overdue judge the leading running clock by the lines.
struct BoardOpenRow {
    Tier tier = Tier::C;
    Region region = Region::East;
    qint64 open = 0;
    qint64 atRisk = 0;
    qint64 overdue = 0;
};

// Tickets of one tier with a clock breached this month / today: recorded breaches (sla_breaches)
// plus running clocks already over their target that the sweep has not recorded yet.
struct BoardBreachRow {
    Tier tier = Tier::C;
    qint64 today = 0;
    qint64 month = 0;
};

// Tickets reported on one local day (days since periods.historyStart) in one region and category,
// cancelled ones left out.
struct BoardDayRow {
    int day = 0;
    Region region = Region::East;
    Category category = Category::Other;
    qint64 reported = 0;
    qint64 reportedEarly = 0;   // reported within periods.weekSpan() of the start of their week
    qint64 responded = 0;       // with a first response up to now
    qint64 responseSeconds = 0; // sum of report → first response over `responded`
    qint64 resolved = 0;        // resolution clock stopped (resolved, feedback, surveyed, closed)
};

// Recorded breaches of one clock of the tickets reported on one local day (days since
// periods.historyStart), from periods.complianceStart on; `stopped` counts those whose clock has
// stopped (responded, resolved), which BoardDayRow counted among the decided clocks.
struct BoardBreachDay {
    int day = 0;
    SlaMetric metric = SlaMetric::Response;
    qint64 breached = 0;
    qint64 stopped = 0;
};

struct BoardFacts {
    QList<BoardOpenRow> open;
    QList<BoardBreachRow> breached;
    QList<NextBreach> next; // open, leading clock not yet over, nearest due first, at most nextLimit
    QList<BoardDayRow> days;
    QList<BoardBreachDay> breachDays;
};

class SlaBoardRepository {
public:
    virtual ~SlaBoardRepository() = default;
    virtual Result<BoardFacts> read(const BoardQuery& query) = 0;
    // The teams technicians belong to, for the board's filter.
    virtual Result<QStringList> teams() = 0;
};

} // namespace ingot
