#pragma once

#include "core/report/KpiReport.h"

#include <QByteArray>

namespace ingot {

// The report as CSV for Excel: UTF-8 with a BOM, RFC 4180, CRLF. Blocks separated by an empty line,
// each with its own header (docs/report.md):
//   1. month,now,previous_month                                          and one row of values
//   2. kpi,label,value,unit,target_direction,target,target_status,previous   one row per KPI, spec order
//   3. breakdown,group,reported,response_sla_pct,resolution_sla_pct,csat_pct  by_tier, by_region,
//      by_category, by_assignee rows
//   4. rank,category,count                                               the top categories
// Keys are the JSON keys; labels are in the current language; null is an empty cell.
class KpiCsvWriter final {
public:
    static QByteArray write(const KpiReport& report);
};

} // namespace ingot
