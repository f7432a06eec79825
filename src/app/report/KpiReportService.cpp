#include "app/report/KpiReportService.h"

#include "app/quality/KeywordService.h"
#include "app/security/Authorizer.h"
#include "app/sla/SlaSetup.h"
#include "core/report/KpiMath.h"
#include "core/sla/Compensation.h"
#include "core/sla/SlaClock.h"

#include <QHash>
#include <algorithm>

namespace ingot {

namespace {

// Met and breached clocks of a set of tickets; running, paused and at-risk clocks count in neither.
struct ClockCounts {
    qint64 responseMet = 0;
    qint64 responseBreached = 0;
    qint64 resolutionMet = 0;
    qint64 resolutionBreached = 0;
    qint64 compensationFen = 0;

    void add(const ClockEvaluation& response, const ClockEvaluation& resolution)
    {
        responseMet += response.state == ClockState::Met ? 1 : 0;
        responseBreached += response.state == ClockState::Breached ? 1 : 0;
        resolutionMet += resolution.state == ClockState::Met ? 1 : 0;
        resolutionBreached += resolution.state == ClockState::Breached ? 1 : 0;
    }
};

struct ClockTotals {
    ClockCounts all;
    QHash<QString, ClockCounts> byTier, byRegion, byCategory, byAssignee;
};

// One month's values and breakdowns.
struct MonthFigures {
    KpiValues values;
    KpiBreakdown byTier, byRegion, byCategory, byAssignee;
    QList<KpiCategoryCount> topCategories;
};

KpiGroup groupOf(const QString& key, const KpiCounts& counts, const ClockCounts& clocks)
{
    KpiGroup g;
    g.key = key;
    g.reported = counts.reported;
    g.responseSlaPct = KpiMath::percent(clocks.responseMet, clocks.responseMet + clocks.responseBreached);
    g.resolutionSlaPct = KpiMath::percent(clocks.resolutionMet, clocks.resolutionMet + clocks.resolutionBreached);
    g.csatPct = KpiMath::percent(counts.surveysGood, counts.surveys);
    return g;
}

// Every key of `fixedKeys` in that order (empty groups included), then any other key found.
KpiBreakdown breakdownOf(const QStringList& fixedKeys, const QList<std::pair<QString, KpiCounts>>& counts,
                         const QHash<QString, ClockCounts>& clocks)
{
    QHash<QString, KpiCounts> byKey;
    for (const auto& [key, c] : counts)
        byKey.insert(key, c);
    KpiBreakdown out;
    for (const QString& key : fixedKeys)
        out.append(groupOf(key, byKey.value(key), clocks.value(key)));
    for (const auto& [key, c] : counts)
        if (!fixedKeys.contains(key))
            out.append(groupOf(key, c, clocks.value(key)));
    return out;
}

QStringList tierKeys()
{
    QStringList out;
    for (Tier t : allTiers())
        out << tierKey(t);
    return out;
}

QStringList regionKeys()
{
    QStringList out;
    for (Region r : allRegions())
        out << regionKey(r);
    return out;
}

QStringList categoryKeys()
{
    QStringList out;
    for (Category c : allCategories())
        out << categoryKey(c);
    return out;
}

KpiValues valuesOf(const KpiCounts& c, const ClockCounts& clocks, std::optional<qint64> p90Seconds, qint64 backlog)
{
    KpiValues v;
    v.reported = c.reported;
    v.responded = c.responded;
    v.responseHoursAvg = KpiMath::meanHours(c.responseSeconds, c.responded);
    if (p90Seconds)
        v.responseHoursP90 = KpiMath::round(static_cast<double>(*p90Seconds) / 3600.0, 2);
    v.responseSlaPct = KpiMath::percent(clocks.responseMet, clocks.responseMet + clocks.responseBreached);
    v.resolved = c.resolved;
    v.resolutionRatePct = KpiMath::percent(c.resolved, c.reported);
    v.resolutionHoursAvg = KpiMath::meanHours(c.resolutionSeconds, c.resolved);
    v.resolutionSlaPct = KpiMath::percent(clocks.resolutionMet, clocks.resolutionMet + clocks.resolutionBreached);
    v.firstTimeFixPct = KpiMath::percent(c.resolvedNeverReopened, c.resolved);
    v.reopenRatePct = KpiMath::percent(c.reopened, c.resolvedEver);
    v.surveys = c.surveys;
    v.csatPct = KpiMath::percent(c.surveysGood, c.surveys);
    v.csatAvg = KpiMath::mean(static_cast<double>(c.surveyScoreSum), c.surveys, 2);
    v.compensationCny = KpiMath::fenToCny(clocks.compensationFen);
    v.backlogEnd = backlog;
    return v;
}

Result<ClockTotals> evaluateClocks(KpiRepository& kpi, const SlaSetup& setup, const KpiWindow& window)
{
    ClockTotals totals;
    std::optional<Error> failure;
    // Policies by stored id, looked up once: a month has a handful of them and many thousand tickets.
    QHash<qint64, SlaPolicy> policies;
    auto st = kpi.forEachClockTicket(window, [&](const KpiClockTicket& t) {
        if (failure)
            return;
        auto cached = t.policyId ? policies.constFind(*t.policyId) : policies.constEnd();
        Result<SlaPolicy> policy = cached != policies.constEnd() ? Result<SlaPolicy>(*cached)
                                                                 : setup.policyFor(t.policyId, t.reportedAt);
        if (!policy) {
            failure = policy.error();
            return;
        }
        if (t.policyId && cached == policies.constEnd())
            policies.insert(*t.policyId, *policy);
        auto calendar = setup.calendar(policy->calendarFor(t.tier));
        if (!calendar) {
            failure = calendar.error();
            return;
        }
        const auto response =
            SlaClock::evaluate(SlaMetric::Response, t.reportedAt, t.events, **calendar,
                               policy->targetMinutes(t.tier, t.priority, SlaMetric::Response), window.now,
                               policy->atRiskPercent);
        const auto resolution =
            SlaClock::evaluate(SlaMetric::Resolution, t.reportedAt, t.events, **calendar,
                               policy->targetMinutes(t.tier, t.priority, SlaMetric::Resolution), window.now,
                               policy->atRiskPercent);
        // The credit the rule suggests for the overrun as of now (final once the clock stopped).
        const qint64 credit = t.orderValueFen && resolution.isBreached()
                                  ? Compensation::creditFen(*t.orderValueFen, resolution, setup.compensationRule())
                                  : 0;
        for (ClockCounts* c : {&totals.all, &totals.byTier[tierKey(t.tier)], &totals.byRegion[t.region],
                               &totals.byCategory[t.category], &totals.byAssignee[t.assignee]}) {
            c->add(response, resolution);
            c->compensationFen += credit;
        }
    });
    if (!st)
        return st.error();
    if (failure)
        return *failure;
    return totals;
}

// The previous month is only compared with, so it skips the breakdowns.
Result<MonthFigures> figuresOf(KpiRepository& kpi, const SlaSetup& setup, const LocalMonth& month, qint64 now,
                               bool withBreakdowns)
{
    const KpiWindow window{month.start(), month.next().start(), now};
    auto totals = kpi.totals(window);
    if (!totals)
        return totals.error();
    auto p90 = kpi.responseSecondsAtRank(window, KpiMath::nearestRank(90, totals->responded));
    if (!p90)
        return p90.error();
    auto clocks = evaluateClocks(kpi, setup, window);
    if (!clocks)
        return clocks.error();
    // The backlog at the end of the month, or now for a month not over yet: events after either
    // are ignored. The month is [start, end), so its last second is end - 1.
    auto backlog = kpi.backlog(std::min(window.to - 1, now));
    if (!backlog)
        return backlog.error();

    MonthFigures f;
    f.values = valuesOf(*totals, clocks->all, *p90, *backlog);
    if (!withBreakdowns)
        return f;
    auto tiers = kpi.byDimension(window, KpiDimension::Tier);
    auto regions = kpi.byDimension(window, KpiDimension::Region);
    auto categories = kpi.byDimension(window, KpiDimension::Category);
    auto assignees = kpi.byDimension(window, KpiDimension::Assignee);
    for (const auto* r : {&tiers, &regions, &categories, &assignees})
        if (!*r)
            return r->error();
    f.byTier = breakdownOf(tierKeys(), *tiers, clocks->byTier);
    f.byRegion = breakdownOf(regionKeys(), *regions, clocks->byRegion);
    f.byCategory = breakdownOf(categoryKeys(), *categories, clocks->byCategory);
    // Assignees as found, sorted by login with "" (unassigned) first; the query already orders them.
    f.byAssignee = breakdownOf({}, *assignees, clocks->byAssignee);

    for (const auto& [key, c] : *categories)
        if (c.reported > 0)
            f.topCategories.append({key, c.reported});
    std::stable_sort(f.topCategories.begin(), f.topCategories.end(),
                     [](const KpiCategoryCount& a, const KpiCategoryCount& b) {
                         return a.count != b.count ? a.count > b.count : a.category < b.category;
                     });
    if (f.topCategories.size() > 3)
        f.topCategories.resize(3);
    return f;
}

} // namespace

Result<KpiReport> KpiReportService::build(const LocalMonth& month, qint64 now)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ReportKpi); !allowed)
        return allowed.error();
    auto setup = SlaSetup::load(m_store);
    if (!setup)
        return setup.error();
    KpiReport report;
    auto st = m_kpi.read([&]() -> Status {
        auto current = figuresOf(m_kpi, *setup, month, now, true);
        if (!current)
            return current.error();
        auto previous = figuresOf(m_kpi, *setup, month.previous(), now, false);
        if (!previous)
            return previous.error();
        auto targets = m_kpi.targets();
        if (!targets)
            return targets.error();
        report.month = month.key();
        report.now = now;
        report.monthStart = month.start();
        report.monthEnd = month.next().start();
        report.values = current->values;
        report.byTier = current->byTier;
        report.byRegion = current->byRegion;
        report.byCategory = current->byCategory;
        report.byAssignee = current->byAssignee;
        report.topCategories = current->topCategories;
        report.targets = *targets;
        report.previousMonth = month.previous().key();
        report.previous = previous->values;
        if (m_options.keywords) {
            // The same read transaction: the terms come from the tickets the figures counted.
            auto keywords = KeywordService(m_store).between(month.start(), std::min(month.next().start() - 1, now),
                                                            m_options.keywordLimit);
            if (!keywords)
                return keywords.error();
            report.keywords = *keywords;
        }
        return success();
    });
    if (!st)
        return st.error();
    return report;
}

} // namespace ingot
