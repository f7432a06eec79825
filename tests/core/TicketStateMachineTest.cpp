#include "core/tickets/TicketStateMachine.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace ingot;

namespace {

// The contract's transition table (cli-contract.md, "Ticket stages and events"), written out again
// here by hand so that the test does not trust the code it checks. `std::nullopt` target means
// "unchanged".
struct Rule {
    std::set<Stage> from;
    std::optional<Stage> to;
};

const std::set<Stage> kOpen{Stage::Reported, Stage::Assessed, Stage::Planned, Stage::InProgress,
                            Stage::WaitingCustomer};
const std::set<Stage> kAll{Stage::Reported, Stage::Assessed, Stage::Planned,  Stage::InProgress, Stage::WaitingCustomer,
                           Stage::Resolved, Stage::Feedback, Stage::Surveyed, Stage::Closed,     Stage::Cancelled};

const std::map<Action, Rule>& contract()
{
    static const std::map<Action, Rule> rules{
        {Action::Respond, {kOpen, std::nullopt}},
        {Action::Assess, {{Stage::Reported}, Stage::Assessed}},
        {Action::Plan, {{Stage::Assessed}, Stage::Planned}},
        {Action::Dispatch, {kOpen, std::nullopt}},
        {Action::Start, {{Stage::Planned}, Stage::InProgress}},
        {Action::Wait, {{Stage::Assessed, Stage::Planned, Stage::InProgress}, Stage::WaitingCustomer}},
        {Action::Resume, {{Stage::WaitingCustomer}, std::nullopt}},  // back to where it was: tested below
        {Action::Resolve, {{Stage::Assessed, Stage::Planned, Stage::InProgress}, Stage::Resolved}},
        {Action::Feedback, {{Stage::Resolved}, Stage::Feedback}},
        {Action::Survey, {{Stage::Resolved, Stage::Feedback, Stage::Closed}, Stage::Surveyed}},
        {Action::Close, {{Stage::Resolved, Stage::Feedback, Stage::Surveyed}, Stage::Closed}},
        {Action::Reopen, {{Stage::Resolved, Stage::Feedback, Stage::Surveyed, Stage::Closed}, Stage::InProgress}},
        {Action::Cancel, {kOpen, Stage::Cancelled}},
        {Action::Note, {kAll, std::nullopt}},
    };
    return rules;
}

TicketState at(Stage stage, Stage resumeTo = Stage::Planned)
{
    TicketState s;
    s.stage = stage;
    s.resumeTo = resumeTo;
    return s;
}

QString validValue(Action a)
{
    return a == Action::Survey ? QStringLiteral("4") : QStringLiteral("wang.wei");
}

}  // namespace

TEST(TicketStateMachine, EveryStageActionPairFollowsTheContract)
{
    int allowed = 0, refused = 0;
    for (const auto& [action, rule] : contract()) {
        for (Stage stage : kAll) {
            SCOPED_TRACE(qPrintable(actionKey(action) + QStringLiteral(" from ") + stageKey(stage)));
            auto result = TicketStateMachine::target(at(stage), action, validValue(action), QStringLiteral("duplicate"));
            if (!rule.from.count(stage)) {
                ASSERT_FALSE(result.ok());
                EXPECT_EQ(result.error().kind, Error::Kind::BadInput);
                EXPECT_TRUE(result.error().message.contains(actionKey(action)));
                EXPECT_TRUE(result.error().message.contains(stageKey(stage)));
                ++refused;
                continue;
            }
            ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
            ++allowed;
            Stage expected = rule.to.value_or(stage);
            if (action == Action::Resume)
                expected = Stage::Planned;
            if (action == Action::Survey && stage == Stage::Closed)
                expected = Stage::Closed;  // "closed stays closed"
            EXPECT_EQ(*result, expected);
        }
    }
    EXPECT_EQ(allowed + refused, 14 * 10);
    EXPECT_EQ(allowed, 5 + 1 + 1 + 5 + 1 + 3 + 1 + 3 + 1 + 3 + 3 + 4 + 5 + 10);
}

TEST(TicketStateMachine, AllowedActionsMatchTargets)
{
    EXPECT_EQ(TicketStateMachine::allowedActions(at(Stage::Reported)),
              (QList<Action>{Action::Respond, Action::Assess, Action::Dispatch, Action::Cancel, Action::Note}));
    EXPECT_EQ(TicketStateMachine::allowedActions(at(Stage::Cancelled)), QList<Action>{Action::Note});
    EXPECT_EQ(TicketStateMachine::allowedActions(at(Stage::Closed)),
              (QList<Action>{Action::Survey, Action::Reopen, Action::Note}));
}

TEST(TicketStateMachine, ArgumentsAreChecked)
{
    auto noTech = TicketStateMachine::target(at(Stage::Reported), Action::Dispatch, QStringLiteral(" "), {});
    ASSERT_FALSE(noTech.ok());
    EXPECT_TRUE(noTech.error().message.contains(QStringLiteral("technician")));

    for (const char* bad : {"0", "6", "x", "", "3.5"}) {
        auto r = TicketStateMachine::target(at(Stage::Resolved), Action::Survey, QString::fromLatin1(bad), {});
        EXPECT_FALSE(r.ok()) << bad;
    }
    auto noReason = TicketStateMachine::target(at(Stage::Reported), Action::Cancel, {}, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("reason")));
}

namespace {
TicketEvent ev(qint64 at, Action a, QString value = {}, QString note = {})
{
    TicketEvent e;
    e.at = at;
    e.action = a;
    e.actor = QStringLiteral("agent");
    e.value = std::move(value);
    e.note = std::move(note);
    return e;
}
}  // namespace

TEST(TicketStateMachine, ReplayRebuildsTheWholeLoop)
{
    const qint64 t0 = 1'790'000'000;
    QList<TicketEvent> history{
        ev(t0 + 60, Action::Dispatch, QStringLiteral("li.na")),
        ev(t0 + 600, Action::Respond),
        ev(t0 + 1200, Action::Assess),
        ev(t0 + 1800, Action::Wait),
        ev(t0 + 7200, Action::Resume),
        ev(t0 + 7300, Action::Plan),
        ev(t0 + 7400, Action::Start),
        ev(t0 + 9000, Action::Resolve),
        ev(t0 + 9100, Action::Survey, QStringLiteral("2")),
        ev(t0 + 9200, Action::Reopen),
        ev(t0 + 9300, Action::Dispatch, QStringLiteral("zhao.lei")),
        ev(t0 + 9900, Action::Resolve),
        ev(t0 + 9950, Action::Feedback),
        ev(t0 + 9999, Action::Close),
        ev(t0 + 10000, Action::Survey, QStringLiteral("5")),
    };
    auto state = TicketStateMachine::replay(t0, history);
    ASSERT_TRUE(state.ok()) << qPrintable(state.error().text());
    EXPECT_EQ(state->stage, Stage::Closed);
    EXPECT_EQ(state->assignee, QStringLiteral("zhao.lei"));
    EXPECT_EQ(state->firstResponseAt, t0 + 600);
    EXPECT_EQ(state->lastResolvedAt, t0 + 9900);
    EXPECT_EQ(state->closedAt, t0 + 9999);
    EXPECT_EQ(state->surveyScore, 5);
    EXPECT_EQ(state->reopenCount, 1);

    // Replaying twice gives the same state (the history is the truth).
    auto again = TicketStateMachine::replay(t0, history);
    EXPECT_EQ(*state, *again);
}

TEST(TicketStateMachine, ResumeReturnsToTheStageItLeft)
{
    const qint64 t0 = 1'790'000'000;
    auto state = TicketStateMachine::replay(
        t0, {ev(t0, Action::Assess), ev(t0 + 1, Action::Plan), ev(t0 + 2, Action::Start), ev(t0 + 3, Action::Wait),
             ev(t0 + 4, Action::Resume)});
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->stage, Stage::InProgress);
}

TEST(TicketStateMachine, ApplyFillsFromAndToAndLeavesStateOnRefusal)
{
    TicketState s;
    s.reportedAt = 1000;
    s.lastEventAt = 1000;
    TicketEvent assess = ev(1500, Action::Assess);
    ASSERT_TRUE(TicketStateMachine::apply(s, assess).ok());
    EXPECT_EQ(assess.from, Stage::Reported);
    EXPECT_EQ(assess.to, Stage::Assessed);
    EXPECT_EQ(s.firstResponseAt, 1500);  // assess stops the response clock too

    const TicketState before = s;
    TicketEvent bad = ev(1600, Action::Close);
    EXPECT_FALSE(TicketStateMachine::apply(s, bad).ok());
    EXPECT_EQ(s, before);
}

TEST(TicketStateMachine, EventsMustBeInTimeOrderAndNotBeforeTheReport)
{
    TicketState s;
    s.reportedAt = 1000;
    s.lastEventAt = 1000;
    TicketEvent early = ev(999, Action::Note);
    auto r1 = TicketStateMachine::apply(s, early);
    ASSERT_FALSE(r1.ok());
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("before the ticket was reported")));

    TicketEvent later = ev(2000, Action::Note);
    ASSERT_TRUE(TicketStateMachine::apply(s, later).ok());
    TicketEvent backwards = ev(1999, Action::Note);
    auto r2 = TicketStateMachine::apply(s, backwards);
    ASSERT_FALSE(r2.ok());
    EXPECT_TRUE(r2.error().message.contains(QStringLiteral("time order")));

    TicketEvent same = ev(2000, Action::Note);  // equal instants keep their order
    EXPECT_TRUE(TicketStateMachine::apply(s, same).ok());
}

TEST(TicketStateMachine, ReplayNamesTheFirstBadEvent)
{
    auto r = TicketStateMachine::replay(0, {ev(1, Action::Assess), ev(2, Action::Start)});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().where, QStringLiteral("event 2"));
}
