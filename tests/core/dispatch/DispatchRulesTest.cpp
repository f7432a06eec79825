#include "core/dispatch/DispatchRules.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace ingot;

TEST(DispatchRules, DefaultsFollowTheBrief)
{
    const DispatchRules r = DispatchRules::defaults();
    EXPECT_EQ(r.dedicatedTiers, QList<Tier>{Tier::A});
    EXPECT_EQ(r.minimumLevelFor(Priority::P1), TechnicianLevel::Intermediate);
    EXPECT_EQ(r.minimumLevelFor(Priority::P2), TechnicianLevel::Junior);
    EXPECT_GT(r.skillPoints, r.regionPoints);
    EXPECT_LT(r.perOpenTicketPoints, 0);
}

TEST(DispatchRules, JsonRoundTrip)
{
    DispatchRules r;
    r.dedicatedTiers = {Tier::A, Tier::B};
    r.skillPoints = 321;
    r.minimumLevel[1] = TechnicianLevel::Senior;
    r.defaultCapacity = 12;
    const QJsonObject json = r.toJson();
    EXPECT_EQ(json.value(QStringLiteral("minimum_level")).toObject().value(QStringLiteral("P2")).toString(),
              QStringLiteral("senior"));
    auto back = DispatchRules::fromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().text());
    EXPECT_EQ(*back, r);
    // A partial object keeps the defaults for what it leaves out.
    auto partial = DispatchRules::fromJson({{QStringLiteral("region_points"), 150}});
    ASSERT_TRUE(partial.ok());
    EXPECT_EQ(partial->regionPoints, 150);
    EXPECT_EQ(partial->skillPoints, DispatchRules::defaults().skillPoints);
}

TEST(DispatchRules, EditsByKey)
{
    DispatchRules r;
    ASSERT_TRUE(r.set(QStringLiteral("minimum_level.p1"), QStringLiteral("高级")).ok());
    EXPECT_EQ(r.minimumLevelFor(Priority::P1), TechnicianLevel::Senior);
    ASSERT_TRUE(r.set(QStringLiteral("dedicated_team"), QStringLiteral("重点客户组")).ok());
    EXPECT_EQ(r.dedicatedTeam, QStringLiteral("重点客户组"));
    ASSERT_TRUE(r.set(QStringLiteral("default_capacity"), QStringLiteral("5")).ok());
    EXPECT_EQ(r.defaultCapacity, 5);
}

TEST(DispatchRules, RefusesBadEditsNamingTheKey)
{
    DispatchRules r;
    const DispatchRules before = r;
    auto unknown = r.set(QStringLiteral("charm_points"), QStringLiteral("5"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().where, QStringLiteral("charm_points"));
    EXPECT_FALSE(r.set(QStringLiteral("skill_points"), QStringLiteral("many")).ok());
    EXPECT_FALSE(r.set(QStringLiteral("default_capacity"), QStringLiteral("0")).ok());
    EXPECT_FALSE(r.set(QStringLiteral("dedicated_tiers"), QStringLiteral("A,D")).ok());
    auto level = r.set(QStringLiteral("minimum_level.P9"), QStringLiteral("senior"));
    ASSERT_FALSE(level.ok());
    EXPECT_EQ(level.error().where, QStringLiteral("minimum_level.P9"));
    EXPECT_FALSE(r.set(QStringLiteral("minimum_level.P1"), QStringLiteral("guru")).ok());
    EXPECT_EQ(r, before); // nothing half-applied
    EXPECT_FALSE(DispatchRules::fromJson({{QStringLiteral("skill_points"), 1.5}}).ok());
}
