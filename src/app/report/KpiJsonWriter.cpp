#include "app/report/KpiJsonWriter.h"

#include "app/report/KpiLabels.h"
#include "core/common/Instant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

namespace ingot {

namespace {
QString quoted(const QString& text)
{
    // QJsonDocument escapes exactly as JSON wants; Chinese text stays UTF-8, not \u escapes.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString number(std::optional<double> v)
{
    return v ? KpiLabels::jsonNumber(*v) : QStringLiteral("null");
}

QString groupJson(const KpiGroup& g)
{
    return QStringLiteral("{\"reported\": %1, \"response_sla_pct\": %2, \"resolution_sla_pct\": %3, \"csat_pct\": %4}")
        .arg(QString::number(g.reported), number(g.responseSlaPct), number(g.resolutionSlaPct), number(g.csatPct));
}

QString breakdownJson(const KpiBreakdown& groups)
{
    if (groups.isEmpty())
        return QStringLiteral("{}");
    QStringList lines;
    for (const KpiGroup& g : groups)
        lines << QStringLiteral("    %1: %2").arg(quoted(g.key), groupJson(g));
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n  }");
}
} // namespace

QByteArray KpiJsonWriter::write(const KpiReport& report)
{
    QStringList members;
    members << QStringLiteral("  \"month\": %1").arg(quoted(report.month));
    members << QStringLiteral("  \"now\": %1").arg(quoted(Instant::format(report.now)));
    for (const KpiKeyInfo& info : kpiKeys())
        members << QStringLiteral("  \"%1\": %2").arg(QLatin1String(info.name), number(report.values.value(info.key)));
    members << QStringLiteral("  \"by_tier\": %1").arg(breakdownJson(report.byTier));
    members << QStringLiteral("  \"by_region\": %1").arg(breakdownJson(report.byRegion));
    members << QStringLiteral("  \"by_category\": %1").arg(breakdownJson(report.byCategory));
    members << QStringLiteral("  \"by_assignee\": %1").arg(breakdownJson(report.byAssignee));
    QStringList top;
    for (const KpiCategoryCount& c : report.topCategories)
        top << QStringLiteral("    {\"category\": %1, \"count\": %2}").arg(quoted(c.category), QString::number(c.count));
    members << QStringLiteral("  \"top_categories\": %1")
                   .arg(top.isEmpty() ? QStringLiteral("[]")
                                      : QStringLiteral("[\n") + top.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]"));
    return (QStringLiteral("{\n") + members.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n")).toUtf8();
}

} // namespace ingot
