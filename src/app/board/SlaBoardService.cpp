#include "app/board/SlaBoardService.h"

#include "app/sla/SlaSetup.h"
#include "core/board/BoardAssembler.h"

#include <QElapsedTimer>

namespace ingot {

SlaBoardService::SlaBoardService(Store& store, SlaBoardRepository& board, const Clock& clock)
    : m_store(store),
      m_board(board),
      m_clock(clock)
{}

Result<BoardSnapshot> SlaBoardService::snapshot(const BoardFilter& filter, int nextLimit)
{
    QElapsedTimer timer;
    timer.start();
    // Policies, calendars and holidays are a few hundred rows: read each time, so an admin's change
    // shows on the next refresh.
    auto setup = SlaSetup::load(m_store);
    if (!setup)
        return setup.error();
    QHash<QString, ServiceCalendar> calendars;
    for (const QString& name : setup->calendarNames())
        if (auto c = setup->calendar(name))
            calendars.insert(name, **c);

    BoardQuery query;
    query.filter = filter;
    query.periods = BoardPeriods::at(m_clock.now());
    query.lines = BoardClockLines::compute(setup->policies(), calendars, query.periods.now);
    query.nextLimit = nextLimit;
    auto facts = m_board.read(query);
    if (!facts)
        return facts.error();
    BoardSnapshot s = BoardAssembler::assemble(query, *facts, m_rule);
    s.workerMs = timer.elapsed();
    return s;
}

} // namespace ingot
