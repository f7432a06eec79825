#pragma once

#include "core/report/KpiReport.h"

namespace ingot::test {

// A month worked out by hand: some KPIs met, some missed, one null (no surveys), empty groups.
inline KpiReport sampleReport()
{
    KpiReport r;
    r.month = QStringLiteral("2026-10");
    r.previousMonth = QStringLiteral("2026-09");
    r.monthStart = 1790784000; // 2026-10-01T00:00:00+08:00
    r.monthEnd = 1793462400;   // 2026-11-01T00:00:00+08:00
    r.now = 1793491200;        // 2026-11-01T08:00:00+08:00
    r.targets = KpiTargets::defaults();
    KpiValues& v = r.values;
    v.reported = 120;
    v.responded = 118;
    v.responseHoursAvg = 1.75;
    v.responseHoursP90 = 4.5;
    v.responseSlaPct = 93.4;
    v.resolved = 101;
    v.resolutionRatePct = 84.2;
    v.resolutionHoursAvg = 30.25;
    v.resolutionSlaPct = 88.1;
    v.firstTimeFixPct = 91.1;
    v.reopenRatePct = 8.9;
    v.surveys = 0;
    v.csatPct = std::nullopt;
    v.csatAvg = std::nullopt;
    v.compensationCny = 12345.67;
    v.backlogEnd = 27;
    KpiValues& p = r.previous;
    p.reported = 98;
    p.responded = 98;
    p.responseHoursAvg = 2.5;
    p.responseHoursP90 = 6;
    p.responseSlaPct = 90;
    p.resolved = 90;
    p.resolutionRatePct = 91.8;
    p.resolutionHoursAvg = 28;
    p.resolutionSlaPct = 92.5;
    p.firstTimeFixPct = 85;
    p.reopenRatePct = 10;
    p.surveys = 40;
    p.csatPct = 87.5;
    p.csatAvg = 4.12;
    p.compensationCny = 0;
    p.backlogEnd = 30;
    r.byTier = {{QStringLiteral("A"), 30, 96.7, 90.0, std::nullopt},
                {QStringLiteral("B"), 50, 94.0, 88.0, std::nullopt},
                {QStringLiteral("C"), 40, 90.0, 86.8, std::nullopt}};
    r.byRegion = {{QStringLiteral("华东"), 70, 94.3, 90.0, std::nullopt},
                  {QStringLiteral("华南"), 50, 92.0, 85.4, std::nullopt},
                  {QStringLiteral("西北"), 0, std::nullopt, std::nullopt, std::nullopt}};
    r.byCategory = {{QStringLiteral("porosity"), 50, 94.0, 90.0, std::nullopt},
                    {QStringLiteral("oxidation"), 40, 92.5, 87.5, std::nullopt},
                    {QStringLiteral("delivery"), 30, 93.3, 85.7, std::nullopt}};
    r.byAssignee = {{QString(), 5, 60.0, std::nullopt, std::nullopt},
                    {QStringLiteral("liwei"), 115, 95.0, 88.1, std::nullopt}};
    r.topCategories = {
        {QStringLiteral("porosity"), 50}, {QStringLiteral("oxidation"), 40}, {QStringLiteral("delivery"), 30}};
    // 120 tickets read; 包装 in 30 of them (25%), 氧化 in 12 (10%).
    r.keywords.complaints = 120;
    r.keywords.top = {{QStringLiteral("包装"), 30, 0.25}, {QStringLiteral("氧化"), 12, 0.1}};
    return r;
}

} // namespace ingot::test
