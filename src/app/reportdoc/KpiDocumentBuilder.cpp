#include "app/reportdoc/KpiDocumentBuilder.h"

#include "app/reportdoc/KpiDocumentText.h"
#include "core/common/Instant.h"
#include "core/tickets/TicketTypes.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace ingot {

namespace {

KpiDocBlock heading(const QString& text, KpiDocBlock::Kind kind = KpiDocBlock::Kind::Heading)
{
    KpiDocBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

KpiDocBlock pageBreak()
{
    KpiDocBlock b;
    b.kind = KpiDocBlock::Kind::PageBreak;
    return b;
}

QString signedNumber(double value, int decimals)
{
    const QString digits = QString::number(std::abs(value), 'f', decimals);
    if (digits.toDouble() == 0)
        return digits;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits;
}

QString targetText(const KpiTarget& target, int decimals)
{
    return (target.direction == KpiDirection::AtMost ? QStringLiteral("≤ ") : QStringLiteral("≥ ")) +
           QString::number(target.value, 'f', decimals);
}

KpiDocBlock kpiTable(const KpiReport& report, const KpiDocumentText& text)
{
    KpiDocBlock b;
    b.kind = KpiDocBlock::Kind::Table;
    KpiDocTable& t = b.table;
    t.headers = {text.localized(QT_TRANSLATE_NOOP("KpiDocument", "KPI")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "This month")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Target")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Status")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Previous month")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Change"))};
    t.widths = {3.2, 1.4, 1.0, 1.1, 1.4, 1.3};
    t.rightAligned = {false, true, true, false, true, true};
    for (const KpiKeyInfo& info : kpiKeys()) {
        const std::optional<double> value = report.values.value(info.key);
        const std::optional<double> previous = report.previous.value(info.key);
        const std::optional<KpiTarget> target = report.targets.target(info.key);
        const KpiTargetStatus status = report.targets.status(info.key, value);
        QList<KpiDocCell> row;
        row << KpiDocCell{text.kpiLabel(info.key), KpiTone::Normal};
        row << KpiDocCell{text.number(value, info.decimals), value ? KpiTone::Strong : KpiTone::Muted};
        row << (target ? KpiDocCell{targetText(*target, info.decimals), KpiTone::Normal}
                       : KpiDocCell{QStringLiteral("—"), KpiTone::Muted});
        switch (status) {
        case KpiTargetStatus::Met:
            row << KpiDocCell{QStringLiteral("✔ ") + text.targetStatusLabel(status), KpiTone::Good};
            break;
        case KpiTargetStatus::Missed:
            row << KpiDocCell{QStringLiteral("✘ ") + text.targetStatusLabel(status), KpiTone::Bad};
            break;
        case KpiTargetStatus::NoValue:
            row << KpiDocCell{text.targetStatusLabel(status), KpiTone::Muted};
            break;
        case KpiTargetStatus::NoTarget:
            row << KpiDocCell{QString(), KpiTone::Muted};
            break;
        }
        row << KpiDocCell{text.number(previous, info.decimals), previous ? KpiTone::Normal : KpiTone::Muted};
        if (value && previous) {
            const double change = *value - *previous;
            KpiTone tone = KpiTone::Normal;
            if (target && QString::number(change, 'f', info.decimals).toDouble() != 0) {
                const bool better = target->direction == KpiDirection::AtLeast ? change > 0 : change < 0;
                tone = better ? KpiTone::Good : KpiTone::Bad;
            }
            row << KpiDocCell{signedNumber(change, info.decimals), tone};
        } else {
            row << KpiDocCell{QStringLiteral("—"), KpiTone::Muted};
        }
        t.rows << row;
    }
    return b;
}

KpiDocBlock slaChart(const QString& title, const KpiBreakdown& groups,
                     const std::function<QString(const QString&)>& label, const KpiReport& report,
                     const KpiDocumentText& text)
{
    KpiDocBlock b;
    b.kind = KpiDocBlock::Kind::Chart;
    KpiDocChart& c = b.chart;
    c.title = title;
    c.maximum = 100;
    c.decimals = 1;
    KpiDocSeries response{text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Response SLA met (%)")), {}};
    KpiDocSeries resolution{text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Resolution SLA met (%)")), {}};
    for (const KpiGroup& g : groups) {
        c.categories << label(g.key);
        response.values << g.responseSlaPct;
        resolution.values << g.resolutionSlaPct;
    }
    c.series = {response, resolution};
    // One line when both SLA targets agree (the default: 90); otherwise the response target.
    if (const auto target = report.targets.target(KpiKey::ResponseSlaPct)) {
        c.targetLine = target->value;
        c.targetLabel = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Target %1%")).arg(target->value, 0, 'f', 0);
    }
    return b;
}

KpiDocBlock breakdownTable(const QString& groupHeader, const KpiBreakdown& groups,
                           const std::function<QString(const QString&)>& label, const KpiDocumentText& text)
{
    KpiDocBlock b;
    b.kind = KpiDocBlock::Kind::Table;
    KpiDocTable& t = b.table;
    t.headers = {groupHeader, text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Reported")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Response SLA met (%)")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Resolution SLA met (%)")),
                 text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Satisfied (%)"))};
    t.widths = {2.6, 1.1, 1.5, 1.5, 1.3};
    t.rightAligned = {false, true, true, true, true};
    auto pct = [&text](const std::optional<double>& v) {
        return KpiDocCell{text.number(v, 1), v ? KpiTone::Normal : KpiTone::Muted};
    };
    for (const KpiGroup& g : groups)
        t.rows << QList<KpiDocCell>{{label(g.key), KpiTone::Normal},
                                    {QString::number(g.reported), g.reported ? KpiTone::Normal : KpiTone::Muted},
                                    pct(g.responseSlaPct),
                                    pct(g.resolutionSlaPct),
                                    pct(g.csatPct)};
    return b;
}

int statusRank(ImprovementStatus s)
{
    return static_cast<int>(s);
}

} // namespace

QList<ImprovementAction> KpiDocumentBuilder::actionsFor(const KpiReport& report, const QString& category,
                                                        const QList<ImprovementAction>& actions, int limit)
{
    QList<ImprovementAction> chosen;
    const std::optional<Category> wanted = parseCategory(category);
    for (const ImprovementAction& a : actions) {
        if (!wanted || a.category != wanted || a.createdAt >= report.now)
            continue;
        if (a.closedAt && *a.closedAt < report.monthStart)
            continue;
        chosen << a;
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const ImprovementAction& l, const ImprovementAction& r) {
        if (statusRank(l.status) != statusRank(r.status))
            return statusRank(l.status) < statusRank(r.status);
        const qint64 ld = l.dueAt.value_or(std::numeric_limits<qint64>::max());
        const qint64 rd = r.dueAt.value_or(std::numeric_limits<qint64>::max());
        return ld != rd ? ld < rd : l.number < r.number;
    });
    if (chosen.size() > limit)
        chosen.resize(limit);
    return chosen;
}

KpiDocument KpiDocumentBuilder::build(const KpiReport& report, const KpiDocumentText& text,
                                      const QList<ImprovementAction>& actions)
{
    KpiDocument doc;
    doc.language = text.language();
    doc.fontFamily = text.fontFamily();
    doc.product = QStringLiteral("IngotDesk");
    doc.company = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Lead ingot after-sales service"));
    doc.title = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Monthly service KPI report"));
    doc.monthLabel = text.monthLabel(report.month);
    doc.asOfLabel =
        text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Figures as of %1")).arg(Instant::format(report.now));
    doc.runningHeader = QStringLiteral("IngotDesk · %1 · %2").arg(doc.title, doc.monthLabel);
    doc.pageOfPages = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Page %1 of %2"));

    // The headline figures a reader of the title page takes away.
    const KpiValues& v = report.values;
    doc.highlights << text.localized(QT_TRANSLATE_NOOP("KpiDocument",
                                                       "%1 tickets reported, %2 resolved, %3 open at month end"))
                          .arg(v.reported.value_or(0))
                          .arg(v.resolved.value_or(0))
                          .arg(v.backlogEnd.value_or(0));
    for (KpiKey key : {KpiKey::ResponseSlaPct, KpiKey::ResolutionSlaPct, KpiKey::CsatPct}) {
        const KpiKeyInfo& info = kpiKeyInfo(key);
        const std::optional<double> value = v.value(key);
        QString line = text.kpiLabel(key) + QStringLiteral(": ") + text.number(value, info.decimals);
        if (const auto target = report.targets.target(key))
            line += QStringLiteral("  (") + targetText(*target, info.decimals) + QStringLiteral(", ") +
                    text.targetStatusLabel(report.targets.status(key, value)) + QStringLiteral(")");
        doc.highlights << line;
    }
    int targets = 0;
    int met = 0;
    for (const KpiKeyInfo& info : kpiKeys()) {
        const KpiTargetStatus status = report.targets.status(info.key, v.value(info.key));
        targets += status == KpiTargetStatus::NoTarget ? 0 : 1;
        met += status == KpiTargetStatus::Met ? 1 : 0;
    }
    doc.highlights << text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Targets met: %1 of %2")).arg(met).arg(targets);
    doc.footnote = text.localized(QT_TRANSLATE_NOOP(
        "KpiDocument",
        "The month's tickets are those reported in it, cancelled ones excluded, evaluated as of the instant above. "
        "Percentages run from 0 to 100; hours are wall-clock hours from the report. A dash means there was nothing to "
        "measure. The previous month is computed the same way as of the same instant."));

    auto tierLabel = [&text](const QString& k) { return text.tierLabel(k); };
    auto regionLabel = [&text](const QString& k) { return text.regionLabel(k); };
    auto categoryLabel = [&text](const QString& k) { return text.categoryLabel(k); };
    auto assigneeLabel = [&text](const QString& k) { return text.assigneeLabel(k); };

    // 1. The KPI table.
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "1. Key figures against targets")));
    doc.blocks << kpiTable(report, text);
    KpiDocBlock note;
    note.kind = KpiDocBlock::Kind::Paragraph;
    note.text =
        text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Previous month: %1. A change is green when it moves toward "
                                                        "the target and red when it moves away from it."))
            .arg(text.monthLabel(report.previousMonth));
    doc.blocks << note;

    // 2. SLA charts.
    doc.blocks << pageBreak();
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "2. SLA by customer tier and region")));
    doc.blocks << slaChart(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "SLA met by customer tier (%)")),
                           report.byTier, tierLabel, report, text);
    doc.blocks << slaChart(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "SLA met by region (%)")), report.byRegion,
                           regionLabel, report, text);

    // 3. The top problems and what is being done about them.
    doc.blocks << pageBreak();
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "3. Top problems and improvement actions")));
    if (report.topCategories.isEmpty()) {
        KpiDocBlock none;
        none.kind = KpiDocBlock::Kind::Paragraph;
        none.text = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "No tickets were reported this month."));
        doc.blocks << none;
    } else {
        KpiDocBlock chart;
        chart.kind = KpiDocBlock::Kind::Chart;
        chart.chart.title = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tickets by category"));
        chart.chart.decimals = 0;
        KpiDocSeries counts{text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tickets reported")), {}};
        for (const KpiGroup& g : report.byCategory) {
            chart.chart.categories << text.categoryLabel(g.key);
            counts.values << double(g.reported);
        }
        chart.chart.series = {counts};
        doc.blocks << chart;
    }
    const qint64 reported = v.reported.value_or(0);
    for (int i = 0; i < report.topCategories.size(); ++i) {
        const KpiCategoryCount& top = report.topCategories.at(i);
        const double share = reported > 0 ? 100.0 * double(top.count) / double(reported) : 0;
        doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "%1. %2: %3 tickets (%4% of the month)"))
                                  .arg(i + 1)
                                  .arg(text.categoryLabel(top.category))
                                  .arg(top.count)
                                  .arg(share, 0, 'f', 1),
                              KpiDocBlock::Kind::Subheading);
        const QList<ImprovementAction> cited = actionsFor(report, top.category, actions);
        if (cited.isEmpty()) {
            KpiDocBlock none;
            none.kind = KpiDocBlock::Kind::Paragraph;
            none.text = text.localized(QT_TRANSLATE_NOOP(
                "KpiDocument", "No improvement action addresses this category yet: one should be opened."));
            doc.blocks << none;
            continue;
        }
        KpiDocBlock table;
        table.kind = KpiDocBlock::Kind::Table;
        KpiDocTable& t = table.table;
        t.headers = {text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Action")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Problem and corrective action")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Status")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Owner")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Due"))};
        t.widths = {1.3, 4.2, 1.0, 1.0, 1.2};
        t.rightAligned = {false, false, false, false, false};
        for (const ImprovementAction& a : cited) {
            QString what = a.title;
            if (!a.correctiveAction.isEmpty())
                what += QStringLiteral("\n") + a.correctiveAction.left(240);
            const bool open = a.status == ImprovementStatus::Open || a.status == ImprovementStatus::InProgress;
            const bool overdue = open && a.dueAt && *a.dueAt < report.now;
            QString due = a.dueAt ? text.dateLabel(*a.dueAt) : QStringLiteral("—");
            if (overdue)
                due += QStringLiteral(" ") + text.localized(QT_TRANSLATE_NOOP("KpiDocument", "(overdue)"));
            t.rows << QList<KpiDocCell>{{a.number, KpiTone::Strong},
                                        {what, KpiTone::Normal},
                                        {text.statusLabel(a.status), a.status == ImprovementStatus::Verified ||
                                                                             a.status == ImprovementStatus::Closed
                                                                         ? KpiTone::Good
                                                                         : KpiTone::Normal},
                                        {a.owner.isEmpty() ? QStringLiteral("—") : a.owner, KpiTone::Normal},
                                        {due, overdue ? KpiTone::Bad : KpiTone::Normal}};
        }
        doc.blocks << table;
    }

    // What customers write about, in their words: the month's complaint keywords.
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Complaint keywords")),
                          KpiDocBlock::Kind::Subheading);
    if (report.keywords.top.isEmpty()) {
        KpiDocBlock none;
        none.kind = KpiDocBlock::Kind::Paragraph;
        none.text = text.localized(QT_TRANSLATE_NOOP("KpiDocument", "No complaint text to count this month."));
        doc.blocks << none;
    } else {
        KpiDocBlock about;
        about.kind = KpiDocBlock::Kind::Paragraph;
        about.text = text.localized(QT_TRANSLATE_NOOP("KpiDocument",
                                                      "The most frequent terms in the titles and descriptions of "
                                                      "%1 tickets; share = tickets using the term."))
                         .arg(report.keywords.complaints);
        doc.blocks << about;
        KpiDocBlock table;
        table.kind = KpiDocBlock::Kind::Table;
        KpiDocTable& t = table.table;
        t.headers = {text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Rank")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Term")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tickets")),
                     text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Share of the month (%)"))};
        t.widths = {0.8, 2.4, 1.2, 1.8};
        t.rightAligned = {true, false, true, true};
        for (int i = 0; i < report.keywords.top.size(); ++i) {
            const KeywordCounter::Entry& k = report.keywords.top.at(i);
            t.rows << QList<KpiDocCell>{{QString::number(i + 1), KpiTone::Normal},
                                        {k.word, KpiTone::Strong},
                                        {QString::number(k.count), KpiTone::Normal},
                                        {QString::number(100.0 * k.share, 'f', 1), KpiTone::Normal}};
        }
        doc.blocks << table;
    }

    // 4. The breakdowns.
    doc.blocks << pageBreak();
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "4. Breakdowns")));
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "By customer tier")),
                          KpiDocBlock::Kind::Subheading);
    doc.blocks << breakdownTable(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Tier")), report.byTier, tierLabel,
                                 text);
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "By region")), KpiDocBlock::Kind::Subheading);
    doc.blocks << breakdownTable(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Region")), report.byRegion,
                                 regionLabel, text);
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "By category")),
                          KpiDocBlock::Kind::Subheading);
    doc.blocks << breakdownTable(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Category")), report.byCategory,
                                 categoryLabel, text);
    doc.blocks << heading(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "By assignee")),
                          KpiDocBlock::Kind::Subheading);
    doc.blocks << breakdownTable(text.localized(QT_TRANSLATE_NOOP("KpiDocument", "Assignee")), report.byAssignee,
                                 assigneeLabel, text);
    return doc;
}

} // namespace ingot
