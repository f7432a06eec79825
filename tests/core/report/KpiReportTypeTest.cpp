#include "core/report/KpiReport.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(KpiReportTypeTest, KeysFollowTheSpecTableOrder)
{
    QStringList names;
    for (const auto& info : kpiKeys())
        names << QLatin1String(info.name);
    EXPECT_EQ(names.join(QLatin1Char(',')),
              QStringLiteral("reported,responded,response_hours_avg,response_hours_p90,response_sla_pct,resolved,"
                             "resolution_rate_pct,resolution_hours_avg,resolution_sla_pct,first_time_fix_pct,"
                             "reopen_rate_pct,surveys,csat_pct,csat_avg,compensation_cny,backlog_end"));
    for (const auto& info : kpiKeys()) {
        EXPECT_EQ(kpiKeyInfo(info.key).name, info.name);
        EXPECT_EQ(parseKpiKey(QLatin1String(info.name)), info.key);
    }
    EXPECT_FALSE(parseKpiKey(QStringLiteral("nope")).has_value());
}

TEST(KpiReportTypeTest, ValueReadsEveryKeyAndKeepsNull)
{
    KpiValues v;
    v.reported = 3;
    v.csatPct = 75.0;
    EXPECT_EQ(v.value(KpiKey::Reported), 3.0);
    EXPECT_EQ(v.value(KpiKey::CsatPct), 75.0);
    EXPECT_FALSE(v.value(KpiKey::ResolutionSlaPct).has_value());
}

TEST(KpiReportTypeTest, TargetsHaveDirections)
{
    const KpiTargets t = KpiTargets::defaults();
    EXPECT_EQ(t.all().size(), 6);
    EXPECT_EQ(t.target(KpiKey::ResponseHoursAvg)->direction, KpiDirection::AtMost);
    EXPECT_EQ(t.status(KpiKey::ResponseHoursAvg, 2.0), KpiTargetStatus::Met);
    EXPECT_EQ(t.status(KpiKey::ResponseHoursAvg, 2.01), KpiTargetStatus::Missed);
    EXPECT_EQ(t.status(KpiKey::CsatPct, 90.0), KpiTargetStatus::Met);
    EXPECT_EQ(t.status(KpiKey::CsatPct, 89.9), KpiTargetStatus::Missed);
    EXPECT_EQ(t.status(KpiKey::CsatPct, std::nullopt), KpiTargetStatus::NoValue);
    EXPECT_EQ(t.status(KpiKey::Reported, 5.0), KpiTargetStatus::NoTarget);
    EXPECT_EQ(parseKpiDirection(kpiDirectionKey(KpiDirection::AtLeast)), KpiDirection::AtLeast);
}
