#pragma once

#include "core/quality/ComplaintKeywords.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace ingot {

// The monthly KPIs of sla-kpi-spec.md ("Monthly KPIs"), in the spec's table order. The order of this
// enum is the order of the JSON keys, the CSV rows and every printed table.
enum class KpiKey {
    Reported,            // count: size of the cohort
    Responded,           // count: cohort tickets with a first response <= now
    ResponseHoursAvg,    // hours (2 decimals): mean report -> first response, over responded
    ResponseHoursP90,    // hours (2 decimals): nearest-rank 90th percentile of the same
    ResponseSlaPct,      // percent (1 decimal): met / (met + breached) response clocks
    Resolved,            // count: resolution clock stopped as of now
    ResolutionRatePct,   // percent: resolved / reported
    ResolutionHoursAvg,  // hours: mean report -> last resolve, over resolved
    ResolutionSlaPct,    // percent: met / (met + breached) resolution clocks
    FirstTimeFixPct,     // percent: resolved never reopened / resolved
    ReopenRatePct,       // percent: reopened at least once / resolved at least once
    Surveys,             // count: cohort tickets with a survey score
    CsatPct,             // percent: last score >= 4 / surveys
    CsatAvg,             // score (2 decimals): mean of the last scores
    CompensationCny,     // CNY (2 decimals): sum of the suggested credits of the cohort
    BacklogEnd,          // count: not cancelled, reported before the end of the month, unresolved then
};

// How a KPI is printed: its JSON/CSV key, the decimals it is rounded to, and whether it is a count.
struct KpiKeyInfo {
    KpiKey key;
    const char* name;  // "response_hours_avg"
    int decimals;      // 0 for counts, 1 for percentages, 2 for hours, scores and CNY
    bool isCount;
};

// All keys in the spec's order, with their print rules.
const QList<KpiKeyInfo>& kpiKeys();
const KpiKeyInfo& kpiKeyInfo(KpiKey key);
QString kpiKeyName(KpiKey key);
std::optional<KpiKey> parseKpiKey(const QString& name);

// The values of one month. Every KPI is optional: a ratio or mean with a zero denominator is
// std::nullopt (JSON null), never 0 or NaN. Counts are always set by the engine; they are optional
// only so that every key reads the same way through value(). Values are already rounded.
struct KpiValues {
    std::optional<qint64> reported;
    std::optional<qint64> responded;
    std::optional<double> responseHoursAvg;
    std::optional<double> responseHoursP90;
    std::optional<double> responseSlaPct;
    std::optional<qint64> resolved;
    std::optional<double> resolutionRatePct;
    std::optional<double> resolutionHoursAvg;
    std::optional<double> resolutionSlaPct;
    std::optional<double> firstTimeFixPct;
    std::optional<double> reopenRatePct;
    std::optional<qint64> surveys;
    std::optional<double> csatPct;
    std::optional<double> csatAvg;
    std::optional<double> compensationCny;
    std::optional<qint64> backlogEnd;

    // Any key as a number (counts converted), for generic writers and target checks.
    std::optional<double> value(KpiKey key) const;

    bool operator==(const KpiValues&) const = default;
};

// One group of a breakdown (a tier, a region, a category or an assignee).
struct KpiGroup {
    QString key;  // "A"; region in Chinese ("华东"); category key ("porosity"); login ("" = unassigned)
    qint64 reported = 0;
    std::optional<double> responseSlaPct;
    std::optional<double> resolutionSlaPct;
    std::optional<double> csatPct;

    bool operator==(const KpiGroup&) const = default;
};

// Breakdowns list every tier (A, B, C), every region (in CustomerTypes order) and every category (in
// TicketTypes order), with reported = 0 and null ratios for an empty group, so that columns are
// stable from month to month. Assignees are those of the cohort, sorted by login, "" first.
using KpiBreakdown = QList<KpiGroup>;

struct KpiCategoryCount {
    QString category;  // category key
    qint64 count = 0;

    bool operator==(const KpiCategoryCount&) const = default;
};

// A target says which way is good: response hours must stay at or below it, rates at or above.
enum class KpiDirection { AtMost, AtLeast };

struct KpiTarget {
    KpiKey key = KpiKey::ResponseSlaPct;
    KpiDirection direction = KpiDirection::AtLeast;
    double value = 0;

    bool operator==(const KpiTarget&) const = default;
};

enum class KpiTargetStatus {
    NoTarget,  // the KPI has no target
    NoValue,   // the KPI is null this month
    Met,
    Missed,
};

// Targets are data (table kpi_targets, migration 0009); defaults() is what the migration inserts.
class KpiTargets {
public:
    KpiTargets() = default;
    explicit KpiTargets(QList<KpiTarget> targets) : m_targets(std::move(targets)) {}

    // response_hours_avg <= 2, resolution_rate_pct >= 95, csat_pct >= 90, first_time_fix_pct >= 80,
    // response_sla_pct >= 90, resolution_sla_pct >= 90.
    static KpiTargets defaults();

    const QList<KpiTarget>& all() const { return m_targets; }
    std::optional<KpiTarget> target(KpiKey key) const;
    // Compares the rounded value with the target (a value equal to the target meets it).
    KpiTargetStatus status(KpiKey key, std::optional<double> value) const;

    bool operator==(const KpiTargets&) const = default;

private:
    QList<KpiTarget> m_targets;  // at most one per key, in kpiKeys() order
};

QString kpiDirectionKey(KpiDirection direction);  // "at_most" / "at_least"
std::optional<KpiDirection> parseKpiDirection(const QString& key);
QString kpiTargetStatusKey(KpiTargetStatus status);  // "none", "no_value", "met", "missed"

// The monthly report: what every output (JSON, CSV, HTML, Excel, PDF, the desk's dialog) prints.
struct KpiReport {
    QString month;       // "2026-10" (local month)
    qint64 now = 0;      // the "as of" instant, UTC epoch seconds; events after it are ignored
    qint64 monthStart = 0;  // local midnight of the 1st, UTC epoch seconds; the month is [start, end)
    qint64 monthEnd = 0;

    KpiValues values;
    KpiBreakdown byTier;
    KpiBreakdown byRegion;
    KpiBreakdown byCategory;
    KpiBreakdown byAssignee;
    QList<KpiCategoryCount> topCategories;  // at most 3: count descending, then key
    // The month's most frequent complaint terms (docs/quality.md), up to `now`. Not in the JSON
    // (cli-contract.md fixes its keys); CSV, HTML, PDF, Excel and the desk show them. Empty when the
    // report was built without them (KpiReportService::Options::keywords).
    ComplaintKeywords keywords;

    KpiTargets targets;
    // The month before, computed by the same engine as of the same `now`, for comparison.
    QString previousMonth;
    KpiValues previous;

    bool operator==(const KpiReport&) const = default;
};

}  // namespace ingot
