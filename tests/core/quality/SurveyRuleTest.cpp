#include "core/quality/SurveyRule.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(SurveyRule, ScoresOneToFive)
{
    EXPECT_FALSE(SurveyRule::validateScore(0));
    EXPECT_FALSE(SurveyRule::validateScore(6));
    for (int s = 1; s <= 5; ++s)
        EXPECT_TRUE(SurveyRule::validateScore(s));
}

TEST(SurveyRule, ThreeAndBelowAreFollowedUp)
{
    const SurveyRule rule;
    EXPECT_TRUE(rule.followUpFor(QStringLiteral("T1"), 1, {}, 0).has_value());
    EXPECT_TRUE(rule.followUpFor(QStringLiteral("T1"), 3, {}, 0).has_value());
    EXPECT_FALSE(rule.followUpFor(QStringLiteral("T1"), 4, {}, 0).has_value());
    EXPECT_FALSE(rule.followUpFor(QStringLiteral("T1"), 5, {}, 0).has_value());
}

TEST(SurveyRule, DueTimesAre24HoursAnd7Days)
{
    const SurveyRule rule;
    const qint64 at = 1'790'000'000;
    const auto f = rule.followUpFor(QStringLiteral("T2026-000001"), 2, QStringLiteral("回复太慢"), at);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->progressDueAt, at + 24 * 3600);
    EXPECT_EQ(f->closeDueAt, at + 7 * 86400);
    EXPECT_EQ(f->owner, QStringLiteral("supervisor"));
    EXPECT_EQ(f->status, FollowUpStatus::Open);
    EXPECT_FALSE(f->progressOverdue(at + 24 * 3600));
    EXPECT_TRUE(f->progressOverdue(at + 24 * 3600 + 1));
    EXPECT_TRUE(f->closeOverdue(at + 7 * 86400 + 1));
}
