#include "core/customers/TierRule.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(TierRule, DefaultThresholdsAtTheirEdges)
{
    const TierRule rule;
    EXPECT_EQ(rule.tierFor(2000, 0), Tier::A);
    EXPECT_EQ(rule.tierFor(1999.9, 4), Tier::B);
    EXPECT_EQ(rule.tierFor(1000, 5), Tier::A);
    EXPECT_EQ(rule.tierFor(999.9, 5), Tier::B);  // years >= 3
    EXPECT_EQ(rule.tierFor(500, 0), Tier::B);
    EXPECT_EQ(rule.tierFor(499.9, 3), Tier::B);
    EXPECT_EQ(rule.tierFor(499.9, 2), Tier::C);
    EXPECT_EQ(rule.tierFor(0, 0), Tier::C);
}
