#include "app/customers/DispatchService.h"

#include "CustomerAppFixture.h"
#include "app/customers/AutoDispatch.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class DispatchServiceTest : public CustomerAppFixture {
protected:
    void SetUp() override
    {
        CustomerAppFixture::SetUp();
        addCustomer(QStringLiteral("KEY"), 3000, 8, Tier::A, Region::East);
        addCustomer(QStringLiteral("PLANT"), 300, 1, Tier::C, Region::South);
        addTechnician(QStringLiteral("key.1"), Region::North, TechnicianLevel::Senior, {Category::Porosity},
                      QStringLiteral("大客户专属组"));
        addTechnician(QStringLiteral("south.1"), Region::South, TechnicianLevel::Intermediate, {Category::Porosity});
        addTechnician(QStringLiteral("south.2"), Region::South, TechnicianLevel::Junior, {Category::Porosity});
    }
};
} // namespace

TEST_F(DispatchServiceTest, SuggestionsCountOpenTicketsAndCalendars)
{
    TicketService tickets(*store, clock);
    DispatchService dispatch(*store, clock);
    // south.1 already carries two open tickets: south.2 (junior, no load) comes first for a P3.
    act(tickets, newTicket(tickets, QStringLiteral("PLANT"), Category::Weight, Priority::P3).number, Action::Dispatch,
        QStringLiteral("south.1"));
    act(tickets, newTicket(tickets, QStringLiteral("PLANT"), Category::Weight, Priority::P3).number, Action::Dispatch,
        QStringLiteral("south.1"));
    const Ticket t = newTicket(tickets, QStringLiteral("PLANT"), Category::Porosity, Priority::P3);
    auto ranking = dispatch.suggest(t.number);
    ASSERT_TRUE(ranking.ok()) << qPrintable(ranking.error().text());
    ASSERT_EQ(ranking->suggestions.size(), 3);
    EXPECT_EQ(ranking->suggestions.at(0).login, QStringLiteral("south.2"));
    EXPECT_EQ(ranking->suggestions.at(1).login, QStringLiteral("south.1"));
    EXPECT_EQ(ranking->suggestions.at(1).openTickets, 2);
    EXPECT_EQ(ranking->suggestions.at(2).login, QStringLiteral("key.1")); // kept free for key accounts
    EXPECT_TRUE(ranking->suggestions.at(0).onDuty);                       // a Tuesday morning on 8x5

    // A P1 needs intermediate or senior: the junior drops to the end.
    const Ticket p1 = newTicket(tickets, QStringLiteral("PLANT"), Category::Porosity, Priority::P1);
    EXPECT_EQ(dispatch.suggest(p1.number)->best()->login, QStringLiteral("south.1"));
    // The A account goes to its dedicated team.
    const Ticket key = newTicket(tickets, QStringLiteral("KEY"), Category::Porosity, Priority::P2);
    EXPECT_EQ(dispatch.suggest(key.number)->best()->login, QStringLiteral("key.1"));

    EXPECT_EQ(dispatch.suggest(QStringLiteral("T2026-999999")).error().kind, Error::Kind::BadInput);
}

TEST_F(DispatchServiceTest, RulesAndCapacityAreStored)
{
    DispatchService dispatch(*store, clock);
    EXPECT_EQ(*dispatch.rules(), DispatchRules::defaults());
    ASSERT_TRUE(dispatch.setRule(QStringLiteral("region_points"), QStringLiteral("500")).ok());
    EXPECT_EQ(dispatch.rules()->regionPoints, 500);
    EXPECT_FALSE(dispatch.setRule(QStringLiteral("region_points"), QStringLiteral("lots")).ok());
    EXPECT_EQ(dispatch.rules()->regionPoints, 500);

    ASSERT_TRUE(
        store
            ->write([&] {
                return store->customerRecords().duty().set(QStringLiteral("south.2"), {QStringLiteral("24x7"), 3});
            })
            .ok());
    const auto duty = *store->customerRecords().duty().all();
    EXPECT_EQ(duty.value(QStringLiteral("south.2")).capacity, 3);
    EXPECT_EQ(duty.value(QStringLiteral("south.2")).calendar, QStringLiteral("24x7"));
    EXPECT_TRUE(duty.value(QStringLiteral("south.1")).calendar.isEmpty()); // the default
    EXPECT_FALSE(duty.value(QStringLiteral("south.1")).capacity.has_value());
    EXPECT_FALSE(
        store
            ->write([&] {
                return store->customerRecords().duty().set(QStringLiteral("ghost"), {QStringLiteral("8x5"), 3});
            })
            .ok());
}

TEST_F(DispatchServiceTest, AutoDispatchOnCreateIsASetting)
{
    TicketService tickets(*store, clock);
    AutoDispatch autoDispatch(*store, clock, tickets);
    DispatchService dispatch(*store, clock);
    EXPECT_FALSE(*dispatch.autoDispatchOnCreate());
    EXPECT_TRUE(newTicket(tickets, QStringLiteral("PLANT"), Category::Porosity, Priority::P3).state.assignee.isEmpty());

    ASSERT_TRUE(dispatch.setAutoDispatchOnCreate(true).ok());
    const Ticket t = newTicket(tickets, QStringLiteral("KEY"), Category::Porosity, Priority::P2);
    EXPECT_EQ(t.state.assignee, QStringLiteral("key.1"));
    auto history = tickets.history(t);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    const TicketEvent& e = history->last();
    EXPECT_EQ(e.action, Action::Dispatch);
    EXPECT_EQ(e.actor, AutoDispatch::actor());
    EXPECT_TRUE(e.note.contains(QStringLiteral("dedicated team"))) << qPrintable(e.note);
}

TEST_F(DispatchServiceTest, AtRiskTicketsLeaveAnOverloadedTechnician)
{
    TicketService tickets(*store, clock);
    DispatchService dispatch(*store, clock);
    ASSERT_TRUE(
        store
            ->write([&] {
                return store->customerRecords().duty().set(QStringLiteral("south.1"), {QStringLiteral("24x7"), 2});
            })
            .ok());
    ASSERT_TRUE(
        store
            ->write([&] {
                return store->customerRecords().duty().set(QStringLiteral("south.2"), {QStringLiteral("24x7"), {}});
            })
            .ok());
    // PLANT is tier C (8x5): reported at 08:30, a P2 response target of 60 service minutes is 75%
    // used at 09:15 and 92% at 10:00 - at risk. The other two are fresh.
    const Ticket urgent =
        newTicket(tickets, QStringLiteral("PLANT"), Category::Porosity, Priority::P2, at("2026-03-10T09:05:00+08:00"));
    act(tickets, urgent.number, Action::Dispatch, QStringLiteral("south.1"));
    for (int i = 0; i < 2; ++i)
        act(tickets, newTicket(tickets, QStringLiteral("PLANT"), Category::Weight, Priority::P4).number,
            Action::Dispatch, QStringLiteral("south.1"));

    auto dry = dispatch.rebalance(clock.now(), true, tickets, QStringLiteral("supervisor"));
    ASSERT_TRUE(dry.ok()) << qPrintable(dry.error().text());
    ASSERT_EQ(dry->size(), 1);
    EXPECT_EQ(dry->first().ticket, urgent.number);
    EXPECT_EQ(dry->first().to, QStringLiteral("south.2"));
    EXPECT_TRUE(dry->first().why.contains(QStringLiteral("carries 3 open tickets (capacity 2)")))
        << qPrintable(dry->first().why);
    EXPECT_EQ(tickets.find(urgent.number)->state.assignee, QStringLiteral("south.1"));

    auto done = dispatch.rebalance(clock.now(), false, tickets, QStringLiteral("supervisor"));
    ASSERT_TRUE(done.ok());
    ASSERT_EQ(done->size(), 1);
    const Ticket moved = *tickets.find(urgent.number);
    EXPECT_EQ(moved.state.assignee, QStringLiteral("south.2"));
    EXPECT_TRUE(tickets.history(moved)->last().note.startsWith(QStringLiteral("re-dispatched")));
    // Under capacity now: nothing more to move.
    EXPECT_TRUE(dispatch.rebalance(clock.now(), false, tickets, QStringLiteral("supervisor"))->isEmpty());
}

TEST_F(DispatchServiceTest, DedicatedTeamWorksItsAccountsHoursByDefault)
{
    clock.set(at("2026-03-08T22:00:00+08:00")); // Sunday night
    TicketService tickets(*store, clock);
    const Ticket key = newTicket(tickets, QStringLiteral("KEY"), Category::Porosity, Priority::P1);
    auto ranking = DispatchService(*store, clock).suggest(key.number);
    ASSERT_TRUE(ranking.ok());
    for (const DispatchSuggestion& s : ranking->suggestions) {
        EXPECT_EQ(s.onDuty, s.login == QStringLiteral("key.1")) << qPrintable(s.login);
        if (!s.onDuty) {
            EXPECT_TRUE(s.reasons().join(QLatin1Char('|')).contains(QStringLiteral("until 2026-03-09 08:30")));
        }
    }
}
