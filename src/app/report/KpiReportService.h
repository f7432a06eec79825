#pragma once

#include "app/customers/LocalMonth.h"
#include "core/report/KpiReport.h"
#include "core/repositories/KpiRepository.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Builds the monthly KPI report of sla-kpi-spec.md "as of" an instant. Counts, means and the
// percentile are aggregates the database computes over indexes (KpiRepository); the response and
// resolution clocks are replayed per ticket with the SLA engine (SlaClock), streamed, because their
// service-time arithmetic on calendars with holidays is not SQL. Nothing is kept per ticket.
class KpiReportService final {
public:
    struct Options {
        // The month's complaint keywords (KeywordService): word breaking of every complaint text,
        // about a second for 80,000 tickets, so the JSON (which has no place for them) skips it.
        bool keywords = true;
        int keywordLimit = 10;
    };

    KpiReportService(Store& store, KpiRepository& kpi) : m_store(store), m_kpi(kpi) {}
    KpiReportService(Store& store, KpiRepository& kpi, Options options)
        : m_store(store),
          m_kpi(kpi),
          m_options(options)
    {}

    // The report of `month` (local) as of `now`, with the previous month as of the same `now`.
    Result<KpiReport> build(const LocalMonth& month, qint64 now);

private:
    Store& m_store;
    KpiRepository& m_kpi;
    Options m_options;
};

} // namespace ingot
