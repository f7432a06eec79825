#include "core/board/AnomalyRule.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
QList<std::optional<double>> weeks(std::initializer_list<double> values)
{
    QList<std::optional<double>> out;
    for (double v : values)
        out << v;
    return out;
}
} // namespace

TEST(AnomalyRuleTest, FlagsAValueAboveMeanPlusTwoSd)
{
    // 2, 2, 2, 2, 3, 1, 2, 2: mean 2, sample sd = sqrt(2 / 7) = 0.5345; threshold 3.069.
    AnomalyRule rule;
    const auto history = weeks({2, 2, 2, 2, 3, 1, 2, 2});
    const auto f = rule.check(3.2, 12, history);
    ASSERT_TRUE(f.has_value());
    EXPECT_DOUBLE_EQ(f->mean, 2.0);
    EXPECT_NEAR(f->sd, 0.534522, 1e-6);
    EXPECT_NEAR(f->threshold, 3.069045, 1e-6);
    EXPECT_EQ(f->weeks, 8);
    EXPECT_FALSE(rule.check(3.0, 12, history).has_value());
}

TEST(AnomalyRuleTest, NeedsEnoughTicketsThisWeek)
{
    AnomalyRule rule;
    const auto history = weeks({2, 2, 2, 2, 3, 1, 2, 2});
    EXPECT_FALSE(rule.check(9.0, 9, history).has_value());
    EXPECT_TRUE(rule.check(9.0, 10, history).has_value());
}

TEST(AnomalyRuleTest, NeedsEnoughWeeksOfHistory)
{
    AnomalyRule rule;
    QList<std::optional<double>> history = {std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                                            std::nullopt, 2.0,          2.5,          1.5};
    EXPECT_FALSE(rule.check(50.0, 100, history).has_value()) << "three weeks are not a history";
    history[4] = 2.0;
    const auto f = rule.check(50.0, 100, history);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->weeks, 4);
}

TEST(AnomalyRuleTest, FlatHistoryUsesTheSpreadFloor)
{
    // Every week exactly 20 tickets: sd 0, floor 10% of the mean = 2, threshold 24.
    AnomalyRule rule;
    const auto history = weeks({20, 20, 20, 20, 20, 20, 20, 20});
    EXPECT_FALSE(rule.check(24.0, 24, history).has_value());
    const auto f = rule.check(25.0, 25, history);
    ASSERT_TRUE(f.has_value());
    EXPECT_DOUBLE_EQ(f->sd, 0.0);
    EXPECT_DOUBLE_EQ(f->spread, 2.0);
    EXPECT_DOUBLE_EQ(f->threshold, 24.0);
}

TEST(AnomalyRuleTest, ParametersAreData)
{
    AnomalyRule rule;
    rule.k = 3.0;
    rule.minTickets = 1;
    const auto history = weeks({10, 12, 8, 10}); // mean 10, sd sqrt(8/3) = 1.633
    EXPECT_FALSE(rule.check(14.8, 1, history).has_value());
    EXPECT_TRUE(rule.check(14.95, 1, history).has_value());
}

TEST(AnomalyRuleTest, BelowHistoryIsNeverAnAnomaly)
{
    AnomalyRule rule;
    EXPECT_FALSE(rule.check(0.1, 100, weeks({5, 6, 5, 6, 5, 6, 5, 6})).has_value());
}
