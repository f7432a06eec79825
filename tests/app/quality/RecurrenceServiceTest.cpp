#include "app/quality/RecurrenceService.h"

#include "QualityFixture.h"
#include "app/quality/ImprovementService.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class RecurrenceServiceTest : public QualityFixture {
protected:
    RecurrenceRules customerOnly() const
    {
        RecurrenceRules r;
        r.batch.enabled = false;
        r.region.enabled = false;
        return r;
    }
};
} // namespace

TEST_F(RecurrenceServiceTest, DetectsProposesAndTracks)
{
    const QString t1 = log("C001", Category::Packaging, kNow - 60 * kDay, QStringLiteral("打包带断裂"));
    const QString t2 = log("C001", Category::Packaging, kNow - 30 * kDay, QStringLiteral("散捆"));
    const QString t3 = log("C001", Category::Packaging, kNow - 2 * kDay, QStringLiteral("包装破损"));
    log("C002", Category::Packaging, kNow - 2 * kDay, QStringLiteral("包装破损"));

    RecurrenceService recurrence(*store, clock, customerOnly());
    auto found = recurrence.detect();
    ASSERT_TRUE(found) << qPrintable(found.error().text());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().cluster.tickets, (QStringList{t1, t2, t3}));
    EXPECT_TRUE(found->first().trackedBy.isEmpty());

    auto proposal = recurrence.propose(std::nullopt, QStringLiteral("manager"));
    ASSERT_TRUE(proposal) << qPrintable(proposal.error().text());
    ASSERT_EQ(proposal->created.size(), 1);
    const ImprovementAction a = proposal->created.first();
    EXPECT_EQ(a.number, QStringLiteral("IA2026-0001"));
    EXPECT_EQ(a.tickets, (QStringList{t1, t2, t3}));
    EXPECT_EQ(a.signature, QStringLiteral("customer:C001:packaging"));
    EXPECT_EQ(a.status, ImprovementStatus::Open);
    EXPECT_EQ(a.dueAt, kNow + 30 * kDay);
    EXPECT_TRUE(a.title.contains(QStringLiteral("C001")));

    // Proposing again changes nothing: the problem is tracked.
    auto again = recurrence.propose(std::nullopt, QStringLiteral("manager"));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->created.isEmpty());
    EXPECT_TRUE(again->updated.isEmpty());

    // A fourth complaint is linked to the action already open.
    const QString t4 = log("C001", Category::Packaging, kNow - kDay, QStringLiteral("标签缺失"));
    found = recurrence.detect();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().trackedBy, a.number);
    EXPECT_EQ(found->first().untracked, QStringList{t4});
    again = recurrence.propose(std::nullopt, QStringLiteral("manager"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->updated, QStringList{a.number});
    EXPECT_EQ(ImprovementService(*store, clock).find(a.number)->tickets.size(), 4);
}

TEST_F(RecurrenceServiceTest, CancelledTicketsDoNotCount)
{
    const QString t1 = log("C001", Category::Weight, kNow - 5 * kDay, QStringLiteral("短重"));
    log("C001", Category::Weight, kNow - 4 * kDay, QStringLiteral("短重"));
    log("C001", Category::Weight, kNow - 3 * kDay, QStringLiteral("短重"));
    TicketService::ActionInput cancel;
    cancel.number = t1;
    cancel.action = Action::Cancel;
    cancel.note = QStringLiteral("重复报障");
    ASSERT_TRUE(TicketService(*store, clock).act(cancel, QStringLiteral("agent")));
    RecurrenceService recurrence(*store, clock, customerOnly());
    EXPECT_TRUE(recurrence.detect()->isEmpty());
}

TEST_F(RecurrenceServiceTest, BatchClusterThroughOrders)
{
    log("C001", Category::Composition, kNow - 10 * kDay, QStringLiteral("铋超标"), "O-1");
    log("C002", Category::Composition, kNow - 5 * kDay, QStringLiteral("硬度偏高"), "O-2");
    RecurrenceService recurrence(*store, clock);
    auto found = recurrence.detect();
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().cluster.kind, ClusterKind::Batch);
    EXPECT_EQ(found->first().cluster.batchNo, QStringLiteral("B2606-01"));
}

TEST_F(RecurrenceServiceTest, ImprovementLifecycleWithHistory)
{
    ImprovementService service(*store, clock);
    ImprovementAction draft;
    draft.title = QStringLiteral("包装破损反复出现");
    draft.dueAt = kNow + 10 * kDay;
    auto a = service.create(draft, QStringLiteral("manager"));
    ASSERT_TRUE(a) << qPrintable(a.error().text());
    EXPECT_FALSE(service.step(a->number, ImprovementStep::Start, QString(), QStringLiteral("manager"))); // no owner

    ImprovementAction edit = *a;
    edit.owner = QStringLiteral("wangqiang");
    edit.rootCause = QStringLiteral("打包带规格偏低,运输颠簸断裂");
    edit.correctiveAction = QStringLiteral("改用 32 mm 钢带,每捆两道");
    auto saved = service.save(edit, QStringLiteral("manager"));
    ASSERT_TRUE(saved);
    EXPECT_FALSE(service.save(edit, QStringLiteral("manager"))); // stale version

    ASSERT_TRUE(service.step(a->number, ImprovementStep::Start, QString(), QStringLiteral("wangqiang")));
    clock.advance(11 * kDay);
    auto late = service.find(a->number);
    EXPECT_TRUE(service.isOverdue(*late));
    auto verified = service.step(a->number, ImprovementStep::Verify, QStringLiteral("连续三个月无包装投诉"),
                                 QStringLiteral("manager"));
    ASSERT_TRUE(verified) << qPrintable(verified.error().text());
    EXPECT_EQ(verified->status, ImprovementStatus::Verified);
    EXPECT_FALSE(service.isOverdue(*verified));
    ASSERT_TRUE(service.step(a->number, ImprovementStep::Close, QString(), QStringLiteral("manager")));
    auto history = service.history(*service.find(a->number));
    ASSERT_TRUE(history);
    QStringList what;
    for (const auto& h : *history)
        what << h.what;
    EXPECT_EQ(what, (QStringList{"created", "edited", "start", "verify", "close"}));
    EXPECT_FALSE(service.list(false)->size());
    EXPECT_EQ(service.list(true)->size(), 1);
}

TEST_F(RecurrenceServiceTest, ClosedActionQuietsItsTickets)
{
    for (int i = 0; i < 3; ++i)
        log("C001", Category::Packaging, kNow - (30 - i) * kDay, QStringLiteral("包装破损"));
    RecurrenceService recurrence(*store, clock, customerOnly());
    auto proposal = recurrence.propose(std::nullopt, QStringLiteral("manager"));
    ASSERT_EQ(proposal->created.size(), 1);
    ImprovementService service(*store, clock);
    ImprovementAction a = proposal->created.first();
    a.owner = QStringLiteral("wq");
    a.rootCause = QStringLiteral("r");
    a.correctiveAction = QStringLiteral("c");
    ASSERT_TRUE(service.save(a, QStringLiteral("m")));
    ASSERT_TRUE(service.step(a.number, ImprovementStep::Start, {}, QStringLiteral("m")));
    ASSERT_TRUE(service.step(a.number, ImprovementStep::Verify, QStringLiteral("ok"), QStringLiteral("m")));
    ASSERT_TRUE(service.step(a.number, ImprovementStep::Close, {}, QStringLiteral("m")));
    EXPECT_TRUE(recurrence.detect()->isEmpty());
}
