// TicketService, SlaService, KnowledgeService and UserService run unchanged on either backend: the
// store is a SqliteStore or a PostgresStore behind the same Store interface (storage/backends/
// BackendFixture.h opens them; the PostgreSQL variant skips without a test server).
#include "app/quality/KnowledgeService.h"
#include "app/security/UserService.h"
#include "app/sla/SlaService.h"
#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "storage/backends/BackendFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {

qint64 local(const char* text)
{
    return Instant::parse(QString::fromLatin1(text)).value();
}

// Tier C (8x5) with an order; P1: response due 30 minutes after the report, assessment 60.
class ServicesTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(backend->write([&]() -> Status {
                               Customer c = sampleCustomer(QStringLiteral("CC"), Region::East, Tier::C);
                               c.tierOverride = Tier::C;
                               if (auto st = backend->customers().upsert(c); !st)
                                   return st;
                               Order o;
                               o.orderNo = QStringLiteral("SO-CC");
                               o.customerCode = c.code;
                               o.grade = QStringLiteral("Pb99.994");
                               o.batchNo = QStringLiteral("PB1");
                               o.quantityT = 6;
                               o.valueFen = 10'000'000;
                               if (auto st = backend->orders().upsert(o); !st)
                                   return st;
                               Technician t;
                               t.login = QStringLiteral("li.01");
                               t.name = QStringLiteral("李强");
                               return backend->technicians().upsert(t);
                           }).ok());
    }

    Result<Ticket> act(TicketService& tickets, const Ticket& t, Action action, qint64 at, const QString& value = {})
    {
        clock.set(std::max(clock.now(), at));
        return tickets.act({t.number, action, value, QStringLiteral("x"), std::nullopt, at}, QStringLiteral("li.01"));
    }

    FixedClock clock{local("2026-06-01 08:00")};
};

TEST_P(ServicesTest, TicketServiceCreatesActsAndTheSweepRecordsBreachesOnce)
{
    TicketService tickets(*backend, clock);
    SlaService sla(*backend, clock);
    NewTicket in;
    in.customerCode = QStringLiteral("CC");
    in.orderNo = QStringLiteral("SO-CC");
    in.priority = Priority::P1;
    in.category = Category::Porosity;
    in.title = QStringLiteral("铅锭表面发白 surface");
    in.reportedAt = local("2026-06-01 09:00");
    clock.set(*in.reportedAt);
    auto created = tickets.create(in, QStringLiteral("agent"));
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().text());
    EXPECT_EQ(created->number, QStringLiteral("T2026-000001"));
    EXPECT_EQ(created->batchNo, QStringLiteral("PB1"));  // taken from the order

    // Nothing is late at 09:20; at 10:00 the response clock (due 09:30) has run out.
    clock.set(local("2026-06-01 09:20"));
    auto quiet = sla.sweep(clock.now());
    ASSERT_TRUE(quiet.ok()) << qPrintable(quiet.error().text());
    EXPECT_EQ(quiet->stats.newBreachesTotal(), 0);
    clock.set(local("2026-06-01 10:00"));
    auto first = sla.sweep(clock.now());
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().text());
    EXPECT_EQ(first->stats.newBreaches[0], 1);
    EXPECT_EQ(sla.sweep(clock.now())->stats.newBreachesTotal(), 0);  // recorded once

    auto responded = act(tickets, *created, Action::Respond, local("2026-06-01 10:10"));
    ASSERT_TRUE(responded.ok()) << qPrintable(responded.error().text());
    auto assessed = act(tickets, *responded, Action::Assess, local("2026-06-01 10:20"));
    ASSERT_TRUE(assessed.ok()) << qPrintable(assessed.error().text());
    EXPECT_EQ(assessed->state.stage, Stage::Assessed);
    EXPECT_EQ(assessed->version, 3);
    auto later = sla.sweep(local("2026-06-01 11:00"));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->stats.newBreaches[1], 1);  // the assessment came 20 minutes late

    auto breaches = backend->sla().breaches().forTicket(created->id);
    ASSERT_TRUE(breaches.ok());
    ASSERT_EQ(breaches->size(), 2);
    EXPECT_EQ(breaches->at(0).metric, SlaMetric::Response);
    EXPECT_EQ(breaches->at(0).breachedAt, local("2026-06-01 09:30"));
    auto stored = tickets.find(created->number);
    ASSERT_TRUE(stored.ok());
    auto history = tickets.history(*stored);
    ASSERT_TRUE(history.ok());
    int breachEvents = 0;
    for (const TicketEvent& e : *history)
        breachEvents += e.action == Action::Breach ? 1 : 0;
    EXPECT_EQ(breachEvents, 2);
    auto clocks = sla.ticketSla(*stored, *history);
    ASSERT_TRUE(clocks.ok()) << qPrintable(clocks.error().text());

    // The same stale edit is refused on both backends.
    Result<Ticket> stale = tickets.act({created->number, Action::Note, {}, QStringLiteral("late"), 1, std::nullopt},
                                       QStringLiteral("li.01"));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, Error::Kind::Refused);

    // Every change went to the audit trail, one chain.
    auto verified = backend->audit().verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_GE(verified->checked, 3);
}

TEST_P(ServicesTest, KnowledgeSearchFindsShippedArticlesByLongAndShortTerms)
{
    KnowledgeService knowledge(*backend, clock);
    for (const char* term : {"气孔", "夹渣", "oxid"}) {
        auto found = knowledge.search(QString::fromUtf8(term), QString(), 5);
        ASSERT_TRUE(found.ok()) << term << ": " << qPrintable(found.error().text());
        EXPECT_FALSE(found->isEmpty()) << term;
    }
    auto none = knowledge.search(QStringLiteral("铜锭裂纹xyz"), QString(), 5);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(ServicesTest, UsersSignInAndLockOut)
{
    UserService users(*backend, clock);
    auto created = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"),
                                          QStringLiteral("correct horse battery"));
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().text());
    EXPECT_TRUE(users.signIn(QStringLiteral("admin"), QStringLiteral("correct horse battery")).ok());
    EXPECT_FALSE(users.signIn(QStringLiteral("admin"), QStringLiteral("wrong")).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, ServicesTest, ::testing::Values(Kind::Sqlite, Kind::Postgres), backendName);

}  // namespace
