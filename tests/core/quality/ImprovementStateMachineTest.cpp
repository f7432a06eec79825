#include "core/quality/ImprovementStateMachine.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
ImprovementAction action()
{
    ImprovementAction a;
    a.number = QStringLiteral("IA2026-0001");
    a.title = QStringLiteral("包装破损反复");
    return a;
}
} // namespace

TEST(ImprovementStateMachine, HappyPath)
{
    ImprovementAction a = action();
    EXPECT_EQ(ImprovementStateMachine::allowedSteps(a.status), QList<ImprovementStep>{ImprovementStep::Start});
    EXPECT_FALSE(ImprovementStateMachine::apply(a, ImprovementStep::Start, 10)); // no owner yet
    a.owner = QStringLiteral("wangqiang");
    ASSERT_TRUE(ImprovementStateMachine::apply(a, ImprovementStep::Start, 10));
    EXPECT_EQ(a.status, ImprovementStatus::InProgress);

    auto refused = ImprovementStateMachine::apply(a, ImprovementStep::Verify, 20);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().where, QStringLiteral("root_cause"));
    a.rootCause = QStringLiteral("打包带规格偏低");
    a.correctiveAction = QStringLiteral("改用 32 mm 钢带");
    EXPECT_EQ(ImprovementStateMachine::apply(a, ImprovementStep::Verify, 20).error().where,
              QStringLiteral("verification"));
    a.verification = QStringLiteral("三个月无包装投诉");
    ASSERT_TRUE(ImprovementStateMachine::apply(a, ImprovementStep::Verify, 20));
    EXPECT_EQ(a.status, ImprovementStatus::Verified);
    EXPECT_EQ(a.verifiedAt, 20);
    ASSERT_TRUE(ImprovementStateMachine::apply(a, ImprovementStep::Close, 30));
    EXPECT_EQ(a.status, ImprovementStatus::Closed);
    EXPECT_EQ(a.closedAt, 30);
    EXPECT_TRUE(ImprovementStateMachine::allowedSteps(a.status).isEmpty());
}

TEST(ImprovementStateMachine, ReopenAfterFailedVerification)
{
    ImprovementAction a = action();
    a.status = ImprovementStatus::Verified;
    a.verifiedAt = 5;
    ASSERT_TRUE(ImprovementStateMachine::apply(a, ImprovementStep::Reopen, 9));
    EXPECT_EQ(a.status, ImprovementStatus::InProgress);
    EXPECT_FALSE(a.verifiedAt.has_value());
}

TEST(ImprovementStateMachine, StepsOutOfOrderAreRefused)
{
    ImprovementAction a = action();
    const auto st = ImprovementStateMachine::apply(a, ImprovementStep::Close, 1);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().kind, Error::Kind::Refused);
    EXPECT_EQ(a.status, ImprovementStatus::Open);
    EXPECT_FALSE(ImprovementStateMachine::target(ImprovementStatus::Open, ImprovementStep::Verify));
    EXPECT_FALSE(ImprovementStateMachine::target(ImprovementStatus::Closed, ImprovementStep::Reopen));
}

TEST(ImprovementStateMachine, Overdue)
{
    ImprovementAction a = action();
    EXPECT_FALSE(ImprovementStateMachine::isOverdue(a, 1000)); // no due date
    a.dueAt = 100;
    EXPECT_FALSE(ImprovementStateMachine::isOverdue(a, 100)); // due at that very second is not late
    EXPECT_TRUE(ImprovementStateMachine::isOverdue(a, 101));
    a.status = ImprovementStatus::InProgress;
    EXPECT_TRUE(ImprovementStateMachine::isOverdue(a, 101));
    a.status = ImprovementStatus::Verified;
    EXPECT_FALSE(ImprovementStateMachine::isOverdue(a, 101));
}

TEST(ImprovementStateMachine, StepKeysRoundTrip)
{
    for (auto s : {ImprovementStep::Start, ImprovementStep::Verify, ImprovementStep::Reopen, ImprovementStep::Close})
        EXPECT_EQ(parseImprovementStep(improvementStepKey(s)), s);
    for (auto s : allImprovementStatuses())
        EXPECT_EQ(parseImprovementStatus(improvementStatusKey(s)), s);
    EXPECT_EQ(parseImprovementStatus(QStringLiteral("已验证")), ImprovementStatus::Verified);
}
