#pragma once

#include "app/customers/LocalMonth.h"
#include "app/report/KpiJsonWriter.h"
#include "app/report/KpiReportService.h"
#include "core/common/Instant.h"
#include "core/repositories/KpiRepository.h"
#include "core/repositories/Repositories.h"

#include <benchmark/benchmark.h>

namespace ingot::bench {

// The month the report benchmarks build: December 2025 of the 1M demo database, as of mid-January.
inline const LocalMonth kReportMonth{2025, 12};
inline qint64 reportNow()
{
    return *Instant::parse(QStringLiteral("2026-01-15T12:00:00+08:00"));
}

// The whole report per iteration, with its breakdowns and the month before for comparison, as the CLI
// builds it (the JSON text included), on any store: bench/report on the SQLite file, bench/team on
// its PostgreSQL copy.
inline void buildMonthReport(benchmark::State& state, Store& store)
{
    std::unique_ptr<KpiRepository> reads = store.kpiReads();
    KpiReportService service(store, *reads);
    const qint64 now = reportNow();
    qint64 reported = 0;
    for (auto _ : state) {
        auto report = service.build(kReportMonth, now);
        if (!report) {
            state.SkipWithError(qPrintable(report.error().text()));
            break;
        }
        reported = report->values.reported.value_or(0);
        benchmark::DoNotOptimize(KpiJsonWriter::write(*report));
    }
    state.counters["rows"] = static_cast<double>(reported);
}

} // namespace ingot::bench
