#pragma once

#include "app/reportdoc/KpiDocument.h"
#include "core/quality/ImprovementAction.h"
#include "core/report/KpiReport.h"

namespace ingot {

class KpiDocumentText;

// Turns a monthly KpiReport into the printed document: the title page with the headline figures,
// the KPI table against targets and the month before, SLA charts per tier and region, the top
// problems of the month with the improvement actions that answer them, and the breakdowns.
class KpiDocumentBuilder final {
public:
    // `actions`: the improvement actions to cite under the top categories (all of them is fine:
    // the builder picks those of each category that were still being worked on in the month).
    static KpiDocument build(const KpiReport& report, const KpiDocumentText& text,
                             const QList<ImprovementAction>& actions);

    // The actions cited for `category` (a category key): not closed before the month began, the
    // least advanced first, then by due date; at most `limit`.
    static QList<ImprovementAction> actionsFor(const KpiReport& report, const QString& category,
                                               const QList<ImprovementAction>& actions, int limit = 5);
};

} // namespace ingot
