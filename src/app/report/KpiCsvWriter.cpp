#include "app/report/KpiCsvWriter.h"

#include "app/io/CsvWriter.h"
#include "app/report/KpiLabels.h"
#include "core/common/Instant.h"

namespace ingot {

namespace {
void writeBreakdown(CsvWriter& csv, const QString& name, const KpiBreakdown& groups)
{
    for (const KpiGroup& g : groups)
        csv.writeRow({name, g.key, QString::number(g.reported), KpiLabels::percent(g.responseSlaPct),
                      KpiLabels::percent(g.resolutionSlaPct), KpiLabels::percent(g.csatPct)});
}
} // namespace

QByteArray KpiCsvWriter::write(const KpiReport& report)
{
    CsvWriter csv;
    csv.writeRow({QStringLiteral("month"), QStringLiteral("now"), QStringLiteral("previous_month")});
    csv.writeRow({report.month, Instant::format(report.now), report.previousMonth});
    csv.writeRow({});

    csv.writeRow({QStringLiteral("kpi"), QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("unit"),
                  QStringLiteral("target_direction"), QStringLiteral("target"), QStringLiteral("target_status"),
                  QStringLiteral("previous")});
    for (const KpiKeyInfo& info : kpiKeys()) {
        const auto value = report.values.value(info.key);
        const auto target = report.targets.target(info.key);
        csv.writeRow({QLatin1String(info.name), KpiLabels::kpi(info.key), KpiLabels::value(info.key, value),
                      KpiLabels::unit(info.key), target ? kpiDirectionKey(target->direction) : QString(),
                      target ? KpiLabels::value(info.key, target->value) : QString(),
                      target ? kpiTargetStatusKey(report.targets.status(info.key, value)) : QString(),
                      KpiLabels::value(info.key, report.previous.value(info.key))});
    }
    csv.writeRow({});

    csv.writeRow({QStringLiteral("breakdown"), QStringLiteral("group"), QStringLiteral("reported"),
                  QStringLiteral("response_sla_pct"), QStringLiteral("resolution_sla_pct"), QStringLiteral("csat_pct")});
    writeBreakdown(csv, QStringLiteral("by_tier"), report.byTier);
    writeBreakdown(csv, QStringLiteral("by_region"), report.byRegion);
    writeBreakdown(csv, QStringLiteral("by_category"), report.byCategory);
    writeBreakdown(csv, QStringLiteral("by_assignee"), report.byAssignee);
    csv.writeRow({});

    csv.writeRow({QStringLiteral("rank"), QStringLiteral("category"), QStringLiteral("count")});
    for (qsizetype i = 0; i < report.topCategories.size(); ++i)
        csv.writeRow({QString::number(i + 1), report.topCategories[i].category,
                      QString::number(report.topCategories[i].count)});
    csv.writeRow({});

    // Complaint keywords: share_pct = complaints using the term ÷ complaints of the month.
    csv.writeRow({QStringLiteral("rank"), QStringLiteral("term"), QStringLiteral("count"), QStringLiteral("share_pct")});
    for (qsizetype i = 0; i < report.keywords.top.size(); ++i) {
        const KeywordCounter::Entry& k = report.keywords.top[i];
        csv.writeRow({QString::number(i + 1), k.word, QString::number(k.count), KpiLabels::percent(k.share * 100.0)});
    }
    return csv.data();
}

} // namespace ingot
