#include "core/report/KpiMath.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(KpiMathTest, RoundsHalfAwayFromZeroAsWritten)
{
    EXPECT_DOUBLE_EQ(KpiMath::round(2.675, 2), 2.68);  // binary 2.67499999...
    EXPECT_DOUBLE_EQ(KpiMath::round(2.665, 2), 2.67);
    EXPECT_DOUBLE_EQ(KpiMath::round(66.65, 1), 66.7);
    EXPECT_DOUBLE_EQ(KpiMath::round(66.64999, 1), 66.6);
    EXPECT_DOUBLE_EQ(KpiMath::round(0.05, 1), 0.1);
    EXPECT_DOUBLE_EQ(KpiMath::round(-1.25, 1), -1.3);
    EXPECT_DOUBLE_EQ(KpiMath::round(100.0, 1), 100.0);
}

TEST(KpiMathTest, PercentIsNullForZeroDenominator)
{
    EXPECT_FALSE(KpiMath::percent(0, 0).has_value());
    EXPECT_DOUBLE_EQ(*KpiMath::percent(0, 5), 0.0);
    EXPECT_DOUBLE_EQ(*KpiMath::percent(2, 3), 66.7);
    EXPECT_DOUBLE_EQ(*KpiMath::percent(1, 3), 33.3);
    EXPECT_DOUBLE_EQ(*KpiMath::percent(6, 13), 46.2);
    EXPECT_DOUBLE_EQ(*KpiMath::percent(8, 9), 88.9);
    EXPECT_DOUBLE_EQ(*KpiMath::percent(1, 8), 12.5);  // exactly half-way at 2 decimals, kept at 1
}

TEST(KpiMathTest, MeansAndHours)
{
    EXPECT_FALSE(KpiMath::mean(0, 0, 2).has_value());
    EXPECT_FALSE(KpiMath::meanHours(0, 0).has_value());
    EXPECT_DOUBLE_EQ(*KpiMath::mean(30, 8, 2), 3.75);
    EXPECT_DOUBLE_EQ(*KpiMath::mean(10, 3, 2), 3.33);
    EXPECT_DOUBLE_EQ(*KpiMath::meanHours(700201, 14), 13.89);
    EXPECT_DOUBLE_EQ(*KpiMath::meanHours(1800 * 3 + 900, 1), 1.75);
    EXPECT_DOUBLE_EQ(*KpiMath::meanHours(45, 1), 0.01);  // 0.0125 h
}

TEST(KpiMathTest, NearestRankPercentile)
{
    EXPECT_EQ(KpiMath::nearestRank(90, 0), 0);
    EXPECT_EQ(KpiMath::nearestRank(90, 1), 1);
    EXPECT_EQ(KpiMath::nearestRank(90, 10), 9);  // exactly 9, not 10 from 0.9 * 10 = 9.000000000000002
    EXPECT_EQ(KpiMath::nearestRank(90, 14), 13);  // ceil(12.6)
    EXPECT_EQ(KpiMath::nearestRank(90, 11), 10);  // ceil(9.9)
    EXPECT_EQ(KpiMath::nearestRank(100, 7), 7);
    EXPECT_FALSE(KpiMath::percentile({}, 90).has_value());
    EXPECT_EQ(*KpiMath::percentile({5}, 90), 5);
    EXPECT_EQ(*KpiMath::percentile({10, 1, 9, 2, 8, 3, 7, 4, 6, 5}, 90), 9);
    EXPECT_EQ(*KpiMath::percentile({10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 11}, 90), 10);
}

TEST(KpiMathTest, FenToCny)
{
    EXPECT_DOUBLE_EQ(KpiMath::fenToCny(823456), 8234.56);
    EXPECT_DOUBLE_EQ(KpiMath::fenToCny(0), 0.0);
}
