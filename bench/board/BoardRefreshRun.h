#pragma once

#include "BoardBenchDb.h"
#include "app/board/SlaBoardService.h"
#include "core/repositories/Repositories.h"
#include "core/repositories/SlaBoardRepository.h"

#include <benchmark/benchmark.h>

namespace ingot::bench {

// One board refresh per iteration as of boardNow(), on any store: bench/board runs it on the SQLite
// file, bench/team on its PostgreSQL copy.
inline void refreshBoard(benchmark::State& state, Store& store, const BoardFilter& filter)
{
    std::unique_ptr<SlaBoardRepository> board = store.boardReads();
    FixedClock clock(boardNow());
    SlaBoardService service(store, *board, clock);
    qint64 open = 0;
    for (auto _ : state) {
        auto s = service.snapshot(filter);
        if (!s)
            state.SkipWithError(qPrintable(s.error().text()));
        else
            open = s->total().open;
        benchmark::DoNotOptimize(open);
    }
    state.counters["open"] = static_cast<double>(open);
}

} // namespace ingot::bench
