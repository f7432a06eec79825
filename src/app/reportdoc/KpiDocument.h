#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ingot {

// The monthly KPI report laid out for print, in one language: every text already translated and
// every number already formatted. The page renderer only places and draws it, so that it needs
// neither translations nor the store, and the preview and the PDF show the same thing.

// How a cell reads at a glance: a met target in green, a missed one in red, a missing value grey.
enum class KpiTone { Normal, Good, Bad, Muted, Strong };

struct KpiDocCell {
    QString text;
    KpiTone tone = KpiTone::Normal;
};

struct KpiDocTable {
    QStringList headers;
    QList<double> widths;     // relative column widths, one per header
    QList<bool> rightAligned; // numbers line up on the right
    QList<QList<KpiDocCell>> rows;
};

struct KpiDocSeries {
    QString name;
    QList<std::optional<double>> values; // one per chart category; null: no bar, a dash instead
};

// Vertical bars, grouped by category, one colour per series.
struct KpiDocChart {
    QString title;
    QStringList categories;
    QList<KpiDocSeries> series;
    std::optional<double> maximum; // 100 for percentages; otherwise the largest value
    int decimals = 1;              // of the value printed above each bar
    QString emptyMark = QStringLiteral("—");
    std::optional<double> targetLine; // a dashed line at the target, when there is one
    QString targetLabel;
};

struct KpiDocBlock {
    enum class Kind { Heading, Subheading, Paragraph, Table, Chart, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;
    KpiDocTable table;
    KpiDocChart chart;
};

struct KpiDocument {
    QString language;   // "zh_CN" or "en"
    QString fontFamily; // a fontconfig family list; pango falls back along it per character

    // The title page.
    QString product;        // IngotDesk
    QString company;        // who the report is from
    QString title;          // 月度服务 KPI 报告
    QString monthLabel;     // 2026年10月
    QString asOfLabel;      // 数据截至 2026-11-01T08:00:00+08:00
    QStringList highlights; // a few key figures, one line each
    QString footnote;       // how the figures are defined

    // Every page after the title page.
    QString runningHeader; // IngotDesk · 2026-10
    QString pageOfPages;   // "Page %1 of %2" with the page number and the count

    QList<KpiDocBlock> blocks;
};

} // namespace ingot
