#include "core/quality/AssayCheck.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
GradeLimits pb99994()
{
    GradeLimits g;
    g.grade = QStringLiteral("Pb99.994");
    g.minPb = 99.994;
    g.maxImpurity = {{"Ag", 0.0008}, {"Cu", 0.001}, {"Bi", 0.004}, {"Sb", 0.0007}};
    g.maxTotalImpurities = 0.006;
    return g;
}
} // namespace

TEST(AssayCheck, WithinLimitsPasses)
{
    auto v = AssayCheck::check(pb99994(), {{"Ag", 0.0005}, {"cu", 0.001}, {"BI", 0.002}});
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->pass);
    EXPECT_FALSE(v->pbMeasured);
    EXPECT_NEAR(v->pb, 100.0 - 0.0035, 1e-9);
    EXPECT_EQ(v->elements.first().element, QStringLiteral("Pb"));
    EXPECT_EQ(v->elements.size(), 4);
}

TEST(AssayCheck, LimitItselfPasses)
{
    auto v = AssayCheck::check(pb99994(), {{"Cu", 0.0010}});
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->pass);
}

TEST(AssayCheck, BismuthOverTheLimitFails)
{
    auto v = AssayCheck::check(pb99994(), {{"Bi", 0.0052}, {"Ag", 0.0003}});
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->pass);
    EXPECT_EQ(v->failed, QStringList{"Bi"});
}

TEST(AssayCheck, MeasuredLeadUnderTheGradeFails)
{
    auto v = AssayCheck::check(pb99994(), {{"Pb", 99.990}, {"Ag", 0.0003}});
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->pbMeasured);
    EXPECT_EQ(v->failed, QStringList{"Pb"});
}

TEST(AssayCheck, TotalImpuritiesOverTheLimitFails)
{
    // Every element within its own limit, the sum over 0.006 -> Pb computed under 99.994 as well.
    auto v = AssayCheck::check(pb99994(), {{"Ag", 0.0008}, {"Cu", 0.001}, {"Bi", 0.004}, {"Sb", 0.0007}});
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->pass);
    EXPECT_TRUE(v->failed.contains(QStringLiteral("total")));
    EXPECT_TRUE(v->failed.contains(QStringLiteral("Pb")));
}

TEST(AssayCheck, UnlimitedElementIsReportedButPasses)
{
    auto v = AssayCheck::check(pb99994(), {{"Tl", 0.0001}});
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->pass);
    EXPECT_FALSE(v->elements.last().limit.has_value());
}

TEST(AssayCheck, BadInputIsRefused)
{
    EXPECT_FALSE(AssayCheck::check(pb99994(), {{"Xx", 0.1}}));
    EXPECT_FALSE(AssayCheck::check(pb99994(), {{"Ag", -0.1}}));
    EXPECT_FALSE(AssayCheck::check(pb99994(), {{"Pb", 100.5}}));
    EXPECT_EQ(*AssayCheck::normalizeElement(QStringLiteral(" sb ")), QStringLiteral("Sb"));
}
