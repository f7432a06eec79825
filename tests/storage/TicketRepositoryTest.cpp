#include "app/tickets/TicketService.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

class TicketRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        service = std::make_unique<TicketService>(*store, clock);
        ASSERT_TRUE(store->write([&]() -> Status {
                             Customer a = test::sampleCustomer(QStringLiteral("C1"), Region::East, Tier::A);
                             Customer b = test::sampleCustomer(QStringLiteral("C2"), Region::North, Tier::C);
                             b.name = QStringLiteral("北方电缆厂");
                             Technician t;
                             t.login = QStringLiteral("li.01");
                             t.name = QStringLiteral("李强");
                             if (auto s = store->customers().upsert(a); !s)
                                 return s;
                             if (auto s = store->customers().upsert(b); !s)
                                 return s;
                             return store->technicians().upsert(t);
                         }).ok());
    }

    Ticket create(const QString& customer, const QString& title, qint64 at, Priority p = Priority::P3)
    {
        NewTicket in;
        in.customerCode = customer;
        in.title = title;
        in.priority = p;
        in.reportedAt = at;
        auto t = service->create(in, QStringLiteral("agent"));
        EXPECT_TRUE(t.ok()) << (t.ok() ? "" : qPrintable(t.error().text()));
        return t.ok() ? *t : Ticket{};
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{kMay1 + 86400};
    std::unique_ptr<TicketService> service;
};
}  // namespace

TEST_F(TicketRepositoryTest, NumbersAreUniquePerYearAndSequential)
{
    EXPECT_EQ(create(QStringLiteral("C1"), QStringLiteral("a"), kMay1).number, QStringLiteral("T2026-000001"));
    EXPECT_EQ(create(QStringLiteral("C1"), QStringLiteral("b"), kMay1 + 1).number, QStringLiteral("T2026-000002"));
    EXPECT_EQ(create(QStringLiteral("C1"), QStringLiteral("c"), kMay1 - 200LL * 86400).number, QStringLiteral("T2025-000001"));
}

TEST_F(TicketRepositoryTest, TicketKeepsTheTierAndRegionItWasReportedUnder)
{
    const Ticket t = create(QStringLiteral("C2"), QStringLiteral("短重"), kMay1);
    auto read = store->tickets().findByNumber(t.number);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->tier, Tier::C);
    EXPECT_EQ(read->region, Region::North);
    EXPECT_EQ(read->customerName, QStringLiteral("北方电缆厂"));
    EXPECT_EQ(read->version, 1);
}

TEST_F(TicketRepositoryTest, ActionsAppendHistoryAndBumpTheVersion)
{
    const Ticket t = create(QStringLiteral("C1"), QStringLiteral("氧化"), kMay1);
    auto d = service->act({t.number, Action::Dispatch, QStringLiteral("li.01"), {}, 1, kMay1 + 60}, QStringLiteral("agent"));
    ASSERT_TRUE(d.ok()) << qPrintable(d.error().text());
    auto a = service->act({t.number, Action::Assess, {}, QStringLiteral("自然氧化膜"), 2, kMay1 + 120}, QStringLiteral("li.01"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->version, 3);
    EXPECT_EQ(a->state.stage, Stage::Assessed);
    EXPECT_EQ(a->state.assignee, QStringLiteral("li.01"));
    auto h = service->history(*a);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 2);
    EXPECT_EQ(h->at(1).from, Stage::Reported);
    EXPECT_EQ(h->at(1).to, Stage::Assessed);
    EXPECT_EQ(h->at(1).note, QStringLiteral("自然氧化膜"));
}

TEST_F(TicketRepositoryTest, StaleEditIsRefusedNamingWhoChangedIt)
{
    const Ticket t = create(QStringLiteral("C1"), QStringLiteral("气孔"), kMay1);
    ASSERT_TRUE(service->act({t.number, Action::Respond, {}, {}, 1, kMay1 + 60}, QStringLiteral("wang")).ok());
    // A second desk still shows version 1.
    auto stale = service->act({t.number, Action::Assess, {}, {}, 1, kMay1 + 90}, QStringLiteral("zhao"));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("changed by wang")));
    auto h = service->history(*service->find(t.number));
    EXPECT_EQ(h->size(), 1);
}

TEST_F(TicketRepositoryTest, RefusedTransitionChangesNothing)
{
    const Ticket t = create(QStringLiteral("C1"), QStringLiteral("变形"), kMay1);
    auto r = service->act({t.number, Action::Close, {}, {}, std::nullopt, kMay1 + 60}, QStringLiteral("agent"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(service->find(t.number)->version, 1);
}

TEST_F(TicketRepositoryTest, DispatchNeedsAKnownTechnician)
{
    const Ticket t = create(QStringLiteral("C1"), QStringLiteral("包装"), kMay1);
    auto r = service->act({t.number, Action::Dispatch, QStringLiteral("nobody"), {}, std::nullopt, kMay1 + 60},
                         QStringLiteral("agent"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("nobody")));
}

TEST_F(TicketRepositoryTest, HistoryIsAppendOnlyInTheDatabaseItself)
{
    const Ticket t = create(QStringLiteral("C1"), QStringLiteral("重量"), kMay1);
    ASSERT_TRUE(service->act({t.number, Action::Respond, {}, {}, std::nullopt, kMay1 + 60}, QStringLiteral("a")).ok());
    EXPECT_FALSE(store->connection().exec(QStringLiteral("UPDATE ticket_events SET actor = 'mallory'")).ok());
    EXPECT_FALSE(store->connection().exec(QStringLiteral("DELETE FROM ticket_events")).ok());
}

TEST_F(TicketRepositoryTest, QueueFiltersPagesAndCounts)
{
    for (int i = 0; i < 30; ++i)
        create(i % 3 == 0 ? QStringLiteral("C2") : QStringLiteral("C1"), QStringLiteral("工单 %1").arg(i), kMay1 + i,
               i % 5 == 0 ? Priority::P1 : Priority::P3);
    QueueFilter all;
    EXPECT_EQ(*store->tickets().count(all), 30);
    auto first = store->tickets().page(all, QueueSort::NewestFirst, 0, 10);
    ASSERT_EQ(first->size(), 10);
    EXPECT_EQ(first->first().title, QStringLiteral("工单 29"));
    auto last = store->tickets().page(all, QueueSort::NewestFirst, 25, 10);
    ASSERT_EQ(last->size(), 5);
    EXPECT_EQ(last->last().title, QStringLiteral("工单 0"));

    QueueFilter north;
    north.region = Region::North;
    EXPECT_EQ(*store->tickets().count(north), 10);
    QueueFilter p1;
    p1.priority = Priority::P1;
    EXPECT_EQ(*store->tickets().count(p1), 6);
    QueueFilter tierA;
    tierA.tier = Tier::A;
    tierA.openOnly = true;
    EXPECT_EQ(*store->tickets().count(tierA), 20);
    QueueFilter text;
    text.text = QStringLiteral("北方");  // customer name
    EXPECT_EQ(*store->tickets().count(text), 10);
    text.text = QStringLiteral("工单 2");  // title: 2, 20..29
    EXPECT_EQ(*store->tickets().count(text), 11);
    text.text = QStringLiteral("t2026-000007");  // number, any case
    EXPECT_EQ(*store->tickets().count(text), 1);
    text.text = QStringLiteral("100%_");  // LIKE wildcards are literal
    EXPECT_EQ(*store->tickets().count(text), 0);
    QueueFilter unassigned;
    unassigned.assignee = QString();
    EXPECT_EQ(*store->tickets().count(unassigned), 30);
}
