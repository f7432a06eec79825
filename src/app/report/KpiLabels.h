#pragma once

#include "core/report/KpiReport.h"

#include <QString>

namespace ingot {

// Translated names and printed values of the KPI report, shared by every output (CSV, HTML, and
// the Excel/PDF writers): one wording of each label, translated in the "KpiReport" context.
class KpiLabels final {
public:
    static QString kpi(KpiKey key);               // "Tickets reported" / "报告工单数"
    static QString unit(KpiKey key);              // "h", "%", "CNY" or empty
    static QString breakdown(const QString& key);  // by_tier -> "By tier"
    static QString groupColumn(const QString& key);  // reported, response_sla_pct, ... -> column heading
    static QString direction(KpiDirection direction);  // "at most" / "at least"
    static QString status(KpiTargetStatus status);
    static QString unassigned();
    static QString title();

    // A value with the key's decimals ("66.7", "2.50", "12"); empty for null.
    static QString value(KpiKey key, std::optional<double> value);
    // A percentage of a breakdown with 1 decimal; empty for null.
    static QString percent(std::optional<double> value);
    // The shortest decimal text of an already rounded value, for JSON ("85", "66.7", "2.5").
    static QString jsonNumber(double value);
};

} // namespace ingot
