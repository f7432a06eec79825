#include "app/reportdoc/KpiPdfWriter.h"

#include "app/reportdoc/DocumentFile.h"
#include "app/reportdoc/KpiDocumentBuilder.h"
#include "app/reportdoc/KpiDocumentText.h"
#include "app/reportdoc/KpiPageRenderer.h"

#include <QFile>

namespace ingot {

KpiPdfWriter::KpiPdfWriter(ActionSource actions) : m_actions(std::move(actions)) {}

std::unique_ptr<KpiPageRenderer> KpiPdfWriter::layout(const KpiReport& report, const QString& language,
                                                      const QList<ImprovementAction>& actions)
{
    const KpiDocumentText text(language);
    return std::make_unique<KpiPageRenderer>(KpiDocumentBuilder::build(report, text, actions));
}

Status KpiPdfWriter::write(const KpiReport& report, const QString& path, const QString& language)
{
    if (auto target = DocumentFile::prepare(path); !target)
        return target.error();
    else
        QFile::remove(target->partialPath);
    QList<ImprovementAction> actions;
    if (m_actions) {
        auto listed = m_actions();
        if (!listed)
            return listed.error();
        actions = std::move(listed).value();
    }
    auto pdf = layout(report, language, actions)->pdf();
    if (!pdf)
        return pdf.error();
    return DocumentFile::write(path, *pdf);
}

} // namespace ingot
