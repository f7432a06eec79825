#include "SlaFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class CompensationFlowTest : public SlaFixture {};
} // namespace

// Tier A (24x7), P1: resolution 480 minutes. Order value 100,000.00 CNY = 10,000,000 fen; 5% per
// started hour, at most 30%.
TEST_F(CompensationFlowTest, CreditFollowsTheOverrunAndIsFinalWhenResolved)
{
    const Ticket t = create("CA", Priority::P1, local("2026-06-01 00:00"));
    act(t, Action::Assess, local("2026-06-01 00:20"));
    sweep(local("2026-06-01 08:00")); // exactly the target: not over
    EXPECT_FALSE(*store->sla().compensations().forTicket(t.id));

    sweep(local("2026-06-01 08:00:01")); // one second over: the first started hour counts
    auto c = store->sla().compensations().forTicket(t.id);
    ASSERT_TRUE(c.ok() && *c);
    EXPECT_EQ((*c)->creditFen, 500'000);
    EXPECT_FALSE((*c)->final);
    EXPECT_EQ((*c)->status, CompensationStatus::Suggested);
    EXPECT_EQ((*c)->orderValueFen, 10'000'000);

    sweep(local("2026-06-01 10:30")); // 150 min over: 3 started hours = 15%
    EXPECT_EQ((*store->sla().compensations().forTicket(t.id))->creditFen, 1'500'000);

    // Approving needs the final figure.
    auto early = service().decideCompensation(t.number, true, QStringLiteral("boss"), {});
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().kind, Error::Kind::BadInput);

    act(t, Action::Resolve, local("2026-06-01 16:00")); // 480 min over: 8 h = 40%, capped at 30%
    sweep(local("2026-06-01 16:05"));
    c = store->sla().compensations().forTicket(t.id);
    EXPECT_TRUE((*c)->final);
    EXPECT_EQ((*c)->overrunSeconds, 480 * 60);
    EXPECT_EQ((*c)->creditFen, 3'000'000);

    clock.set(local("2026-06-02 09:00"));
    auto approved = service().decideCompensation(t.number, true, QStringLiteral("boss"), QStringLiteral("同意"));
    ASSERT_TRUE(approved.ok()) << qPrintable(approved.error().text());
    c = store->sla().compensations().forTicket(t.id);
    EXPECT_EQ((*c)->status, CompensationStatus::Approved);
    EXPECT_EQ((*c)->decidedBy, QStringLiteral("boss"));
    EXPECT_EQ((*c)->decidedAt, local("2026-06-02 09:00"));
    EXPECT_EQ((*c)->note, QStringLiteral("同意"));

    // Decided is decided: neither a second decision nor a later sweep changes it.
    EXPECT_FALSE(service().decideCompensation(t.number, false, QStringLiteral("other"), {}).ok());
    act(t, Action::Reopen, local("2026-06-02 10:00"));
    sweep(local("2026-06-03 10:00"));
    EXPECT_EQ((*store->sla().compensations().forTicket(t.id))->creditFen, 3'000'000);
    EXPECT_EQ((*store->sla().compensations().forTicket(t.id))->status, CompensationStatus::Approved);
}

TEST_F(CompensationFlowTest, RejectIsRecordedAndTicketsWithoutAnOrderGetNone)
{
    const Ticket withOrder = create("CB", Priority::P1, local("2026-06-01 08:00"));
    const Ticket without = create("CB", Priority::P1, local("2026-06-01 08:00"), false);
    sweep(local("2026-06-01 18:00")); // 12x7: 600 service minutes, 120 over
    EXPECT_TRUE(*store->sla().compensations().forTicket(withOrder.id));
    EXPECT_FALSE(*store->sla().compensations().forTicket(without.id));
    EXPECT_EQ(*store->sla().compensations().count(CompensationStatus::Suggested), 1);

    clock.set(local("2026-06-01 18:30"));
    auto rejected =
        service().decideCompensation(withOrder.number, false, QStringLiteral("boss"), QStringLiteral("客户原因"));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected->status, CompensationStatus::Rejected);
    EXPECT_EQ(*store->sla().compensations().count(CompensationStatus::Rejected), 1);
    auto none = service().decideCompensation(without.number, true, QStringLiteral("boss"), {});
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("no compensation")));
}
