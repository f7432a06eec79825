#include "app/report/KpiHtmlWriter.h"

#include "app/report/KpiLabels.h"
#include "core/common/Instant.h"
#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KpiReport)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString& s, bool number = false)
{
    return number ? QStringLiteral("<td class=\"n\">%1</td>").arg(esc(s)) : QStringLiteral("<td>%1</td>").arg(esc(s));
}

QString dash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("–") : s;
}

QString groupName(const QString& breakdown, const QString& key)
{
    if (breakdown == QLatin1String("by_category"))
        if (auto c = parseCategory(key))
            return categoryLabel(*c);
    if (breakdown == QLatin1String("by_region"))
        if (auto r = parseRegion(key))
            return regionLabel(*r);
    if (breakdown == QLatin1String("by_assignee") && key.isEmpty())
        return KpiLabels::unassigned();
    return key;
}

QString breakdownTable(const QString& name, const KpiBreakdown& groups)
{
    QString h = QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th></th>").arg(esc(KpiLabels::breakdown(name)));
    for (const char* column : {"reported", "response_sla_pct", "resolution_sla_pct", "csat_pct"})
        h += QStringLiteral("<th>%1</th>").arg(esc(KpiLabels::groupColumn(QLatin1String(column))));
    h += QStringLiteral("</tr>\n");
    for (const KpiGroup& g : groups)
        h += QStringLiteral("<tr>") + cell(groupName(name, g.key)) + cell(QString::number(g.reported), true) +
             cell(dash(KpiLabels::percent(g.responseSlaPct)), true) +
             cell(dash(KpiLabels::percent(g.resolutionSlaPct)), true) + cell(dash(KpiLabels::percent(g.csatPct)), true) +
             QStringLiteral("</tr>\n");
    return h + QStringLiteral("</table>\n");
}
} // namespace

QByteArray KpiHtmlWriter::write(const KpiReport& report)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(Text::tr("en", "HTML language code of this translation"));
    h += QStringLiteral("<title>%1 %2</title>\n").arg(esc(KpiLabels::title()), esc(report.month));
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: \"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif; "
        "font-size: 10.5pt; margin: 2em; color: #222; }\n"
        "h1 { font-size: 16pt; margin-bottom: 0.2em; } h2 { font-size: 12pt; margin: 1.4em 0 0.4em; }\n"
        "p.meta { color: #555; margin-top: 0; }\n"
        "table { border-collapse: collapse; margin-bottom: 0.5em; page-break-inside: avoid; }\n"
        "th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: left; }\n"
        "th { background: #eee; } td.n { text-align: right; font-variant-numeric: tabular-nums; }\n"
        ".missed { color: #b00; font-weight: bold; } .met { color: #070; }\n"
        "@page { size: A4; margin: 15mm; } @media print { body { margin: 0; } }\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1 %2</h1>\n").arg(esc(KpiLabels::title()), esc(report.month));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(Text::tr("As of %1; compared with %2").arg(Instant::formatShort(report.now), report.previousMonth)));

    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(Text::tr("Indicator")), esc(Text::tr("Value")), esc(Text::tr("Target")),
                  esc(Text::tr("Status")), esc(Text::tr("Previous month")));
    for (const KpiKeyInfo& info : kpiKeys()) {
        const auto value = report.values.value(info.key);
        const auto target = report.targets.target(info.key);
        const QString unit = KpiLabels::unit(info.key);
        auto withUnit = [&](const QString& v) { return v.isEmpty() ? QStringLiteral("–") : v + unit; };
        const KpiTargetStatus status = report.targets.status(info.key, value);
        h += QStringLiteral("<tr>") + cell(KpiLabels::kpi(info.key)) + cell(withUnit(KpiLabels::value(info.key, value)), true) +
             cell(target ? KpiLabels::direction(target->direction) + QLatin1Char(' ') +
                               withUnit(KpiLabels::value(info.key, target->value))
                         : QString()) +
             QStringLiteral("<td class=\"%1\">%2</td>").arg(kpiTargetStatusKey(status), esc(KpiLabels::status(status))) +
             cell(withUnit(KpiLabels::value(info.key, report.previous.value(info.key))), true) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    h += breakdownTable(QStringLiteral("by_tier"), report.byTier);
    h += breakdownTable(QStringLiteral("by_region"), report.byRegion);
    h += breakdownTable(QStringLiteral("by_category"), report.byCategory);
    h += breakdownTable(QStringLiteral("by_assignee"), report.byAssignee);

    h += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th></th><th>%2</th></tr>\n")
             .arg(esc(KpiLabels::breakdown(QStringLiteral("top_categories"))), esc(KpiLabels::groupColumn(QStringLiteral("count"))));
    for (const KpiCategoryCount& c : report.topCategories)
        h += QStringLiteral("<tr>") + cell(groupName(QStringLiteral("by_category"), c.category)) +
             cell(QString::number(c.count), true) + QStringLiteral("</tr>\n");
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(Text::tr("Complaint keywords")));
    if (report.keywords.top.isEmpty()) {
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(Text::tr("No complaint text to count this month.")));
    } else {
        h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                 .arg(esc(Text::tr("The most frequent terms in the titles and descriptions of %n ticket(s); share = "
                                   "tickets using the term.",
                                   nullptr, int(report.keywords.complaints))));
        h += QStringLiteral("<table>\n<tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(Text::tr("Term")), esc(Text::tr("Tickets")), esc(Text::tr("Share")));
        for (qsizetype i = 0; i < report.keywords.top.size(); ++i) {
            const KeywordCounter::Entry& k = report.keywords.top[i];
            h += QStringLiteral("<tr>") + cell(QString::number(i + 1), true) + cell(k.word) +
                 cell(QString::number(k.count), true) + cell(KpiLabels::percent(k.share * 100.0) + QLatin1Char('%'), true) +
                 QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace ingot
