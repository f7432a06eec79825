// The core repositories (customers, orders, technicians, holidays, tickets and the queue) against both
// backends, and the PostgreSQL-only rules of opening a database (BackendFixture.h).
#include "storage/backends/BackendFixture.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresMigrator.h"
#include "storage/sqlite/Migrator.h"

#include <QSet>
#include <atomic>
#include <thread>

using namespace ingot;
using namespace ingot::test;

namespace {

TEST_P(BackendTest, CustomersUpsertFindSearchAndCount)
{
    Customer c = test::sampleCustomer(QStringLiteral("C1"));
    c.name = QStringLiteral("华东蓄电池有限公司");
    c.city = QStringLiteral("无锡");
    ASSERT_TRUE(backend->write([&] { return backend->customers().upsert(c); }).ok());
    EXPECT_GT(c.id, 0);
    auto found = backend->customers().findByCode(QStringLiteral("C1"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->name, QStringLiteral("华东蓄电池有限公司"));
    EXPECT_EQ(found->tier, Tier::B);
    auto hits = backend->customers().search(QStringLiteral("蓄电池"), 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().code, QStringLiteral("C1"));
    auto pct = backend->customers().search(QStringLiteral("%"), 10);  // user text is matched literally
    ASSERT_TRUE(pct.ok());
    EXPECT_TRUE(pct->isEmpty());
    EXPECT_EQ(*backend->customers().count(), 2);
    EXPECT_EQ(backend->customers().findByCode(QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
}

TEST_P(BackendTest, OrdersTechniciansAndHolidaysRoundTrip)
{
    Order o;
    o.orderNo = QStringLiteral("SO-1");
    o.customerCode = QStringLiteral("C2");
    o.grade = QStringLiteral("Pb99.994");
    o.batchNo = QStringLiteral("B-7");
    o.quantityT = 32.5;
    o.valueFen = 512'000'00;
    o.orderedAt = kMay1;
    Technician t;
    t.login = QStringLiteral("li.01");
    t.name = QStringLiteral("李强");
    t.skills = {Category::Porosity, Category::Composition};
    HolidayRepository::Entry h{QStringLiteral("2026-05-06"), true, QStringLiteral("调休"), QString()};
    ASSERT_TRUE(backend->write([&]() -> Status {
                           if (auto s = backend->orders().upsert(o); !s)
                               return s;
                           if (auto s = backend->technicians().upsert(t); !s)
                               return s;
                           return backend->holidays().upsert(h);
                       }).ok());
    auto order = backend->orders().findByNumber(QStringLiteral("SO-1"));
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(order->customerCode, QStringLiteral("C2"));
    EXPECT_DOUBLE_EQ(order->quantityT, 32.5);
    EXPECT_EQ(order->valueFen, 512'000'00);
    EXPECT_EQ(order->orderedAt, kMay1);
    EXPECT_FALSE(order->deliveredAt);
    EXPECT_EQ(backend->orders().forCustomer(QStringLiteral("C2"))->size(), 1);
    auto tech = backend->technicians().findByLogin(QStringLiteral("li.01"));
    ASSERT_TRUE(tech.ok());
    EXPECT_EQ(tech->skills.size(), 2);
    auto holidays = backend->holidays().all();
    ASSERT_TRUE(holidays.ok());
    EXPECT_EQ(holidays->size(), 73);  // the 72 shipped by the migrations and ours
}

TEST_P(BackendTest, TicketNumbersHistoryAndVersions)
{
    auto a = create(*backend, QStringLiteral("C1"), QStringLiteral("气孔"), kMay1);
    auto b = create(*backend, QStringLiteral("C2"), QStringLiteral("包装破损"), kMay1 + 60);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->number, QStringLiteral("T2026-000001"));
    EXPECT_EQ(b->number, QStringLiteral("T2026-000002"));

    Ticket t = *a;
    TicketEvent e{0, kMay1 + 120, QStringLiteral("agent"), Action::Assess, Stage::Reported, Stage::Assessed, {}, {}};
    t.state.stage = Stage::Assessed;
    t.state.lastEventAt = e.at;
    ASSERT_TRUE(backend->write([&] { return backend->tickets().appendEvent(t, e, 1); }).ok());
    EXPECT_EQ(t.version, 2);
    EXPECT_GT(e.id, 0);
    auto stored = backend->tickets().findByNumber(QStringLiteral("t2026-000001"));
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->state.stage, Stage::Assessed);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->customerName, QStringLiteral("测试客户 C1"));
    auto history = backend->tickets().events(t.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().action, Action::Assess);

    // An imported number moves the year's counter past it.
    Ticket imported;
    imported.number = QStringLiteral("T2026-000500");
    imported.customerCode = QStringLiteral("C1");
    imported.title = QStringLiteral("imported");
    imported.state.reportedAt = imported.state.lastEventAt = kMay1;
    ASSERT_TRUE(backend->write([&] { return backend->tickets().insert(imported); }).ok());
    EXPECT_EQ(create(*backend, QStringLiteral("C1"), QStringLiteral("next"), kMay1)->number,
              QStringLiteral("T2026-000501"));
}

TEST_P(BackendTest, HistoryIsAppendOnly)
{
    auto a = create(*backend, QStringLiteral("C1"), QStringLiteral("a"), kMay1);
    ASSERT_TRUE(a.ok());
    QList<TicketEvent> events{{0, kMay1 + 1, QStringLiteral("agent"), Action::Note, Stage::Reported, Stage::Reported,
                               {}, QStringLiteral("called back")}};
    ASSERT_TRUE(backend->write([&] { return backend->tickets().insertHistory(*a, events); }).ok());
    EXPECT_GT(events.first().id, 0);
    // The trigger refuses edits whatever the backend; the raw SQL is the same on both.
    Status edit = backend->write([&]() -> Status {
        const QString sql = QStringLiteral("UPDATE ticket_events SET note = 'x'");
        if (GetParam() == Kind::Sqlite)
            return static_cast<SqliteStore&>(*backend).connection().exec(sql);
        return static_cast<PostgresStore&>(*backend).connection().exec(sql);
    });
    EXPECT_FALSE(edit.ok());
}

// A bulk history goes in statements of several rows; each entry still gets its own id, in order.
TEST_P(BackendTest, LongHistoryKeepsItsOrderAndIds)
{
    auto a = create(*backend, QStringLiteral("C1"), QStringLiteral("a"), kMay1);
    ASSERT_TRUE(a.ok());
    QList<TicketEvent> events;
    for (int i = 0; i < 70; ++i)  // more than two statements' worth
        events.append({0, kMay1 + i, QStringLiteral("agent"), Action::Note, Stage::Reported, Stage::Reported,
                       QString::number(i), QStringLiteral("note %1").arg(i)});
    ASSERT_TRUE(backend->write([&] { return backend->tickets().insertHistory(*a, events); }).ok());
    auto stored = backend->tickets().events(a->id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 70);
    for (int i = 0; i < 70; ++i) {
        EXPECT_EQ(stored->at(i).id, events[i].id) << i;
        EXPECT_EQ(stored->at(i).value, QString::number(i)) << i;
        if (i > 0) {
            EXPECT_GT(events[i].id, events[i - 1].id) << i;
        }
    }
}

TEST_P(BackendTest, QueuePagesCountsFiltersAndSorts)
{
    for (int i = 0; i < 12; ++i)
        ASSERT_TRUE(create(*backend, i % 3 ? QStringLiteral("C1") : QStringLiteral("C2"),
                           i % 4 ? QStringLiteral("表面氧化") : QStringLiteral("重量不足 50%"), kMay1 + i * 60,
                           i % 2 ? Priority::P1 : Priority::P4)
                        .ok());
    TicketRepository& tickets = backend->tickets();
    EXPECT_EQ(*tickets.count({}), 12);
    QueueFilter c2;
    c2.customerCode = QStringLiteral("C2");
    EXPECT_EQ(*tickets.count(c2), 4);
    QueueFilter p1;
    p1.priority = Priority::P1;
    EXPECT_EQ(*tickets.count(p1), 6);
    QueueFilter open;
    open.openOnly = true;
    EXPECT_EQ(*tickets.count(open), 12);
    QueueFilter text;
    text.text = QStringLiteral("50%");
    EXPECT_EQ(*tickets.count(text), 3);
    text.text = QStringLiteral("北方");  // the customer's name
    EXPECT_EQ(*tickets.count(text), 4);

    auto newest = tickets.page({}, QueueSort::NewestFirst, 0, 5);
    ASSERT_TRUE(newest.ok());
    ASSERT_EQ(newest->size(), 5);
    EXPECT_EQ(newest->first().number, QStringLiteral("T2026-000012"));
    auto deep = tickets.page({}, QueueSort::OldestFirst, 10, 5);
    ASSERT_TRUE(deep.ok());
    ASSERT_EQ(deep->size(), 2);
    EXPECT_EQ(deep->first().number, QStringLiteral("T2026-000011"));
    auto byPriority = tickets.page({}, QueueSort::PriorityFirst, 0, 12);
    ASSERT_TRUE(byPriority.ok());
    EXPECT_EQ(byPriority->first().priority, Priority::P1);
    EXPECT_EQ(byPriority->first().number, QStringLiteral("T2026-000012"));
    EXPECT_EQ(byPriority->last().priority, Priority::P4);
    auto due = tickets.page({}, QueueSort::DueFirst, 0, 3);
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(due->size(), 3);
}

TEST_P(BackendTest, BulkLoadStoresClocksHistoryAndIsFoundBySearch)
{
    TicketRepository& tickets = backend->tickets();
    QList<TicketEvent> history;
    Ticket last;
    ASSERT_TRUE(backend->write([&]() -> Status {
                           if (auto st = tickets.beginBulkInsert(); !st)
                               return st;
                           for (int i = 0; i < 20; ++i) {
                               Ticket t;
                               auto no = tickets.allocateNumber(2026);
                               if (!no)
                                   return no.error();
                               t.number = *no;
                               t.customerCode = i % 2 ? QStringLiteral("C1") : QStringLiteral("C2");
                               t.title = i % 5 ? QStringLiteral("Surface Oxidation 表面氧化") : QStringLiteral("气孔");
                               t.state.reportedAt = t.state.lastEventAt = kMay1 + i;
                               auto stored = tickets.insertWithClocks(t, 1, kMay1 + 3600 + i, kMay1 + 1800 + i);
                               if (!stored)
                                   return stored.error();
                               QList<TicketEvent> events;
                               for (int k = 0; k < 18; ++k)  // more than one multi-row statement
                                   events << TicketEvent{0, kMay1 + i + k, QStringLiteral("agent"), Action::Note,
                                                         Stage::Reported, Stage::Reported, {}, QStringLiteral("n%1").arg(k)};
                               if (auto st = tickets.insertHistory(t, events); !st)
                                   return st;
                               history = events;
                               last = t;
                           }
                           return tickets.endBulkInsert();
                       }).ok());
    EXPECT_EQ(last.number, QStringLiteral("T2026-000020"));
    auto stored = tickets.events(last.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 18);
    for (int k = 0; k < 18; ++k)
        EXPECT_EQ(stored->at(k).id, history.at(k).id);
    EXPECT_EQ(stored->last().note, QStringLiteral("n17"));
    QueueFilter text;
    text.text = QStringLiteral("oxidation");  // ASCII case is ignored on both backends
    EXPECT_EQ(*tickets.count(text), 16);
    text.text = QStringLiteral("氧化");
    EXPECT_EQ(*tickets.count(text), 16);
    text.text = last.number.toLower();
    EXPECT_EQ(*tickets.count(text), 1);
    auto due = tickets.page({}, QueueSort::DueFirst, 0, 1);
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->first().nextDueAt, kMay1 + 3600);
    EXPECT_EQ(due->first().nextAtRiskAt, kMay1 + 1800);
}

TEST_P(BackendTest, TwoDesksEditingOneTicketTheSecondIsRefused)
{
    auto created = create(*backend, QStringLiteral("C1"), QStringLiteral("a"), kMay1);
    ASSERT_TRUE(created.ok());
    auto other = open();
    ASSERT_TRUE(other);
    // Both desks load version 1.
    Ticket mine = *backend->tickets().findByNumber(created->number);
    Ticket theirs = *other->tickets().findByNumber(created->number);
    TicketEvent first{0, kMay1 + 60, QStringLiteral("wang"), Action::Respond, Stage::Reported, Stage::Reported, {}, {}};
    mine.state.firstResponseAt = first.at;
    ASSERT_TRUE(backend->write([&] { return backend->tickets().appendEvent(mine, first, 1); }).ok());

    TicketEvent second{0, kMay1 + 90, QStringLiteral("zhao"), Action::Assess, Stage::Reported, Stage::Assessed, {}, {}};
    theirs.state.stage = Stage::Assessed;
    Status st = other->write([&] { return other->tickets().appendEvent(theirs, second, 1); });
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("wang"))) << qPrintable(st.error().message);
    // Nothing of the refused edit was kept.
    auto stored = other->tickets().findByNumber(created->number);
    EXPECT_EQ(stored->state.stage, Stage::Reported);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(other->tickets().events(created->id)->size(), 1);
}

TEST_P(BackendTest, TicketNumbersStayUniqueUnderConcurrentCreation)
{
    constexpr int kThreads = 4;
    constexpr int kEach = 25;
    std::atomic<int> failures{0};
    std::vector<QStringList> numbers(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&, i] {
            auto desk = open();  // each thread its own connection, as Qt requires
            if (!desk) {
                ++failures;
                return;
            }
            for (int n = 0; n < kEach; ++n) {
                auto t = create(*desk, QStringLiteral("C1"), QStringLiteral("load"), kMay1 + n);
                if (t.ok())
                    numbers[i] << t->number;
                else
                    ++failures;
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    QSet<QString> unique;
    for (const QStringList& list : numbers)
        for (const QString& n : list)
            unique.insert(n);
    EXPECT_EQ(unique.size(), kThreads * kEach);
    EXPECT_EQ(*backend->tickets().count({}), kThreads * kEach);
    EXPECT_TRUE(unique.contains(QStringLiteral("T2026-000100")));
}

INSTANTIATE_TEST_SUITE_P(Backends, BackendTest, ::testing::Values(Kind::Sqlite, Kind::Postgres), backendName);

// PostgreSQL-only rules of opening a database.
using PostgresSchemaTest = PostgresOnlyTest;

TEST_F(PostgresSchemaTest, MigratesToTheLatestVersionAndRefusesANewerSchemaUntouched)
{
    {
        auto store = PostgresStore::open(pg->settings());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
        EXPECT_EQ((*store)->schemaVersion(), PostgresMigrator::latestVersion());
        ASSERT_TRUE((*store)->connection().exec(QStringLiteral("UPDATE schema_version SET version = 99")).ok());
    }
    auto refused = PostgresStore::open(pg->settings());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer"))) << qPrintable(refused.error().message);
}

TEST_F(PostgresSchemaTest, RefusesADatabaseThatIsNotOurs)
{
    {
        auto c = PostgresConnection::open(pg->settings());
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE((*c)->exec(QStringLiteral("CREATE TABLE payroll (id INTEGER)")).ok());
    }
    auto refused = PostgresStore::open(pg->settings());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
}

TEST_F(PostgresSchemaTest, DesksStartingTogetherMigrateOnce)
{
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 3; ++i)
        threads.emplace_back([&] {
            auto store = PostgresStore::open(pg->settings());
            if (!store.ok()) {
                ADD_FAILURE() << qPrintable(store.error().text());
                ++failures;
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
}

TEST(PostgresMigrations, EndAtTheSameSchemaVersionAsSqlite)
{
    EXPECT_EQ(PostgresMigrator::latestVersion(), Migrator::latestVersion());
}

TEST(PostgresSettingsTest, ParsesTheAddressAndKeepsPasswordsOffIt)
{
    auto s = PostgresSettings::parse(QStringLiteral("postgresql://desk@db.example.cn:6543/ingot"));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->user, QStringLiteral("desk"));
    EXPECT_EQ(s->host, QStringLiteral("db.example.cn"));
    EXPECT_EQ(s->port, 6543);
    EXPECT_EQ(s->database, QStringLiteral("ingot"));
    EXPECT_EQ(PostgresSettings::parse(QStringLiteral("postgresql://desk@host/ingot"))->port, 5432);
    EXPECT_EQ(PostgresSettings::parse(QStringLiteral("postgresql://desk:secret@host/ingot")).error().kind,
              Error::Kind::BadInput);
    EXPECT_FALSE(PostgresSettings::parse(QStringLiteral("postgresql://host/ingot")).ok());
    EXPECT_FALSE(PostgresSettings::isPostgresUrl(QStringLiteral("/home/desk/ingotdesk.db")));
}

TEST(PostgresSettingsTest, ReadsThePasswordFromAPrivateFile)
{
    test::TempDatabase dir;
    auto s = PostgresSettings::parse(QStringLiteral("postgresql://desk@db:5432/ingot"));
    ASSERT_TRUE(s.ok());
    QFile pgpass(dir.file(QStringLiteral("pgpass")));
    ASSERT_TRUE(pgpass.open(QIODevice::WriteOnly));
    pgpass.write("# comment\nother:5432:*:desk:wrong\ndb:*:ingot:desk:p\\:w\n");
    pgpass.close();
    pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ASSERT_TRUE(s->readPasswordFile(pgpass.fileName()).ok());
    EXPECT_EQ(s->password, QStringLiteral("p:w"));

    pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    EXPECT_EQ(s->readPasswordFile(pgpass.fileName()).error().kind, Error::Kind::Refused);
}

}  // namespace
