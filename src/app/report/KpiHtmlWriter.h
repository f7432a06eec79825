#pragma once

#include "core/report/KpiReport.h"

#include <QByteArray>

namespace ingot {

// The report as one self-contained HTML page (inline CSS, no scripts, no external files) that
// prints on A4: the KPI table with targets and the previous month, the breakdowns and the top
// categories. Labels are in the current language (KpiLabels); user data is escaped.
class KpiHtmlWriter final {
public:
    static QByteArray write(const KpiReport& report);
};

} // namespace ingot
