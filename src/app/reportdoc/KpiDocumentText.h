#pragma once

#include "core/quality/QualityTypes.h"
#include "core/report/KpiReport.h"

#include <QString>
#include <memory>

class QTranslator;

namespace ingot {

// The words of a KPI document in the document's own language, which is not necessarily the
// language of the window or the terminal that asked for it (a Chinese desk may send an English
// report to a foreign owner). The texts are marked for lupdate in the context "KpiDocument" and
// translated through the embedded translation of that language; without it the English source
// text is used.
class KpiDocumentText final {
public:
    // "zh_CN", "zh" or anything starting with "zh" is Chinese; everything else English.
    explicit KpiDocumentText(const QString& language);
    ~KpiDocumentText();
    KpiDocumentText(const KpiDocumentText&) = delete;
    KpiDocumentText& operator=(const KpiDocumentText&) = delete;

    bool isChinese() const { return m_chinese; }
    QString language() const; // "zh_CN" or "en"
    // fontconfig families for the pages: a CJK face first, so Latin and Chinese match in weight.
    QString fontFamily() const;

    // `source` must be marked with QT_TRANSLATE_NOOP("KpiDocument", ...) where it is written.
    QString localized(const char* source) const;

    QString kpiLabel(KpiKey key) const;                // "Response SLA met (%)"
    QString tierLabel(const QString& key) const;       // "A" -> "Tier A" / "A 级"
    QString regionLabel(const QString& key) const;     // "华东" -> "East" / "华东"
    QString categoryLabel(const QString& key) const;   // "porosity" -> "Porosity" / "气孔"
    QString assigneeLabel(const QString& login) const; // "" -> "(unassigned)"
    QString statusLabel(ImprovementStatus status) const;
    QString targetStatusLabel(KpiTargetStatus status) const; // "Met" / "Missed" / ""
    QString monthLabel(const QString& month) const;          // "2026-10" -> "October 2026" / "2026年10月"
    QString dateLabel(qint64 epochSeconds) const;            // local date, yyyy-MM-dd
    // A number with the decimals the spec prints it with; a missing one is an em dash.
    QString number(std::optional<double> value, int decimals) const;

private:
    bool m_chinese = false;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace ingot
