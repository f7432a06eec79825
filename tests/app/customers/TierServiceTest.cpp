#include "app/customers/TierService.h"

#include "CustomerAppFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {
using TierServiceTest = CustomerAppFixture;
} // namespace

TEST_F(TierServiceTest, MonthlyRecomputeListsWhoMovedAndWhy)
{
    TierService tiers(*store, clock);
    addCustomer(QStringLiteral("GROWN"), 300, 1, Tier::C);  // orders 2,400 t in the year -> A
    addCustomer(QStringLiteral("STEADY"), 800, 2, Tier::B); // stays B
    addCustomer(QStringLiteral("STALE"), 2500, 0, Tier::B); // file says 2,500 t: A
    addOrder(QStringLiteral("GROWN"), QStringLiteral("G1"), 1200, at("2025-06-01"));
    addOrder(QStringLiteral("GROWN"), QStringLiteral("G2"), 1200, at("2026-02-01"));
    addOrder(QStringLiteral("GROWN"), QStringLiteral("G0"), 5000, at("2024-12-01")); // too old to count

    auto dry = tiers.recompute(LocalMonth{2026, 2}, true, QStringLiteral("admin"));
    ASSERT_TRUE(dry.ok()) << qPrintable(dry.error().text());
    EXPECT_EQ(dry->asOf, at("2026-03-01"));
    EXPECT_EQ(dry->customers, 3);
    ASSERT_EQ(dry->moved.size(), 2);
    EXPECT_EQ(store->customers().findByCode(QStringLiteral("GROWN"))->tier, Tier::C); // dry run: nothing written

    auto report = tiers.recompute(LocalMonth{2026, 2}, false, QStringLiteral("admin"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->moved.size(), 2);
    const TierService::Change& grown = report->moved.at(0);
    EXPECT_EQ(grown.code, QStringLiteral("GROWN"));
    EXPECT_EQ(grown.from, Tier::C);
    EXPECT_EQ(grown.to, Tier::A);
    EXPECT_TRUE(grown.reasons.join(QLatin1Char('|')).contains(QStringLiteral("2400 t ordered in the last 12 months")));
    EXPECT_EQ(store->customers().findByCode(QStringLiteral("GROWN"))->tier, Tier::A);

    auto history = tiers.history(QStringLiteral("GROWN"));
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().kind, TierEvent::Kind::Recompute);
    EXPECT_EQ(history->first().actor, QStringLiteral("admin"));
    EXPECT_TRUE(history->first().reason.startsWith(QStringLiteral("recomputed for 2026-02")));

    // Running the month again moves nobody and records nothing.
    auto again = tiers.recompute(LocalMonth{2026, 2}, false, QStringLiteral("admin"));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->moved.isEmpty());
    EXPECT_EQ(tiers.history(QStringLiteral("GROWN"))->size(), 1);
}

TEST_F(TierServiceTest, OverrideNeedsAReasonAndHoldsAgainstRecompute)
{
    TierService tiers(*store, clock);
    addCustomer(QStringLiteral("SMALL"), 100, 1, Tier::C);
    EXPECT_EQ(
        tiers.override(QStringLiteral("SMALL"), Tier::A, QStringLiteral("  "), QStringLiteral("admin")).error().kind,
        Error::Kind::BadInput);
    EXPECT_EQ(
        tiers.override(QStringLiteral("NOBODY"), Tier::A, QStringLiteral("x"), QStringLiteral("admin")).error().kind,
        Error::Kind::BadInput);
    auto c = tiers.override(QStringLiteral("SMALL"), Tier::A, QStringLiteral("strategic battery account"),
                            QStringLiteral("admin"));
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().text());
    EXPECT_EQ(c->tier, Tier::A);
    EXPECT_EQ(c->tierOverride, Tier::A);

    // The tier drives new tickets: this one is A (24x7) though the rule says C.
    TicketService tickets(*store, clock);
    EXPECT_EQ(newTicket(tickets, QStringLiteral("SMALL"), Category::Porosity, Priority::P2).tier, Tier::A);

    auto report = tiers.recompute(LocalMonth{2026, 2}, false, QStringLiteral("admin"));
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->moved.isEmpty());
    ASSERT_EQ(report->held.size(), 1);
    EXPECT_EQ(report->held.first().computed, Tier::C);

    auto cleared = tiers.override(QStringLiteral("SMALL"), std::nullopt, QStringLiteral("contract ended"),
                                  QStringLiteral("admin"));
    ASSERT_TRUE(cleared.ok());
    EXPECT_EQ(cleared->tier, Tier::C);
    EXPECT_FALSE(cleared->tierOverride.has_value());
    EXPECT_FALSE(
        tiers.override(QStringLiteral("SMALL"), std::nullopt, QStringLiteral("again"), QStringLiteral("admin")).ok());

    const auto history = *tiers.history(QStringLiteral("SMALL"));
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(0).kind, TierEvent::Kind::Override);
    EXPECT_EQ(history.at(0).from, Tier::C);
    EXPECT_EQ(history.at(0).to, Tier::A);
    EXPECT_EQ(history.at(0).reason, QStringLiteral("strategic battery account"));
    EXPECT_EQ(history.at(1).kind, TierEvent::Kind::ClearOverride);
    EXPECT_EQ(history.at(1).to, Tier::C);
}

TEST_F(TierServiceTest, ThresholdsAreSettings)
{
    TierService tiers(*store, clock);
    addCustomer(QStringLiteral("MID"), 1500, 1, Tier::B);
    EXPECT_EQ(tiers.rule()->aVolumeT, 2000);
    ASSERT_TRUE(tiers.setRule(QStringLiteral("a_volume_t"), QStringLiteral("1500")).ok());
    EXPECT_EQ(tiers.rule()->aVolumeT, 1500);
    auto report = tiers.recompute(LocalMonth{2026, 2}, false, QStringLiteral("admin"));
    ASSERT_EQ(report->moved.size(), 1);
    EXPECT_EQ(report->moved.first().to, Tier::A);

    auto bad = tiers.setRule(QStringLiteral("c_volume_t"), QStringLiteral("1"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().where, QStringLiteral("c_volume_t"));
    EXPECT_FALSE(tiers.setRule(QStringLiteral("a_years"), QStringLiteral("five")).ok());
    EXPECT_FALSE(tiers.setRule(QStringLiteral("b_volume_t"), QStringLiteral("-1")).ok());
}
