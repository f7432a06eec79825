#include "core/customers/TierAssessment.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(TierAssessment, DeclaredVolumeAndYears)
{
    const TierRule rule;
    const auto a = TierAssessment::assess(rule, {2300, 1, 3, 400});
    EXPECT_EQ(a.tier, Tier::A);
    EXPECT_EQ(a.volumeBasisT, 2300);
    ASSERT_EQ(a.reasons.size(), 2);
    EXPECT_TRUE(a.reasons.at(0).contains(QStringLiteral("declared volume 2300 t/year; 3 orders (400 t)")));
    EXPECT_EQ(a.reasons.at(1), QStringLiteral("A: volume 2300 t ≥ 2000 t"));

    const auto loyal = TierAssessment::assess(rule, {1200, 6, 0, 0});
    EXPECT_EQ(loyal.tier, Tier::A);
    EXPECT_TRUE(loyal.reasons.at(1).contains(QStringLiteral("6 years of cooperation ≥ 5")));

    const auto years = TierAssessment::assess(rule, {100, 3, 1, 10});
    EXPECT_EQ(years.tier, Tier::B);
    EXPECT_TRUE(years.reasons.at(1).startsWith(QStringLiteral("B: 3 years")));

    const auto small = TierAssessment::assess(rule, {120.5, 1, 1, 20});
    EXPECT_EQ(small.tier, Tier::C);
    EXPECT_TRUE(small.reasons.at(1).contains(QStringLiteral("120.5 t below 500 t")));
}

TEST(TierAssessment, RecentOrdersAboveTheDeclarationPromote)
{
    const TierRule rule;
    const auto grown = TierAssessment::assess(rule, {400, 1, 14, 2100});
    EXPECT_EQ(grown.tier, Tier::A);
    EXPECT_EQ(grown.volumeBasisT, 2100);
    EXPECT_TRUE(grown.reasons.at(0).contains(QStringLiteral("2100 t ordered in the last 12 months (14 orders)")));
    // Fewer recent orders than declared never demote: the declaration stands.
    EXPECT_EQ(TierAssessment::assess(rule, {2100, 0, 0, 0}).tier, Tier::A);
}

TEST(TierAssessment, ThresholdsAreData)
{
    TierRule strict;
    strict.aVolumeT = 5000;
    strict.aVolumeWithYearsT = 3000;
    strict.bVolumeT = 1000;
    strict.bYears = 10;
    EXPECT_EQ(TierAssessment::assess(strict, {2300, 1, 0, 0}).tier, Tier::B);
    EXPECT_EQ(TierAssessment::assess(strict, {900, 4, 0, 0}).tier, Tier::C);
}
