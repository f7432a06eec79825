#pragma once

#include "core/report/KpiReport.h"

#include <QByteArray>

namespace ingot {

// The report as JSON exactly as cli-contract.md ("KPI report JSON") lays it out: `month`, `now`,
// then the KPI keys in the spec's table order, null for a zero denominator, the four breakdowns
// and `top_categories`. Keys are written in that order (QJsonObject would sort them), indented by
// two spaces, UTF-8, ending with a newline. Numbers are the rounded values in their shortest form.
class KpiJsonWriter final {
public:
    static QByteArray write(const KpiReport& report);
};

} // namespace ingot
