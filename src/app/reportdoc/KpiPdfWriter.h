#pragma once

#include "app/report/KpiDocumentWriter.h"
#include "core/quality/ImprovementAction.h"

#include <functional>
#include <memory>

namespace ingot {

class KpiPageRenderer;

// The monthly KPI report as an A4 PDF a manager hands to the board: title page, KPIs against
// targets and the month before, SLA charts, the top problems with their improvement actions, the
// breakdowns, "page n of N". Drawn with cairo and pango (fonts embedded as subsets, Chinese shaped
// by HarfBuzz), so it needs no display and no Qt GUI library.
class KpiPdfWriter final : public KpiDocumentWriter {
public:
    // Where the improvement actions cited under the top problems come from; without a source the
    // problems are listed without them.
    using ActionSource = std::function<Result<QList<ImprovementAction>>()>;

    explicit KpiPdfWriter(ActionSource actions = {});
    Status write(const KpiReport& report, const QString& path, const QString& language) override;

    // The laid-out pages, for a preview that shows exactly what write() puts in the file.
    static std::unique_ptr<KpiPageRenderer> layout(const KpiReport& report, const QString& language,
                                                   const QList<ImprovementAction>& actions);

private:
    ActionSource m_actions;
};

} // namespace ingot
