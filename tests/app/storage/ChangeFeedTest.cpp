// Live updates: one connection writes a ticket, a change feed on another connection hears of it
// within 2 s — PostgreSQL through LISTEN/NOTIFY (needs $INGOTDESK_TEST_PG_URL, skips without it),
// SQLite through PRAGMA data_version.
#include "app/storage/ChangeFeed.h"
#include "app/storage/PostgresChangeFeed.h"
#include "app/storage/SqliteChangeFeed.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresMigrator.h"
#include "storage/postgres/PostgresStore.h"
#include "support/PgScratch.h"
#include "storage/sqlite/Migrator.h"
#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
constexpr int kWithinMs = 2000;
constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

template <typename S>
Result<Ticket> createTicket(S& store, const QString& title)
{
    Ticket t;
    Status st = store.write([&]() -> Status {
        Customer c = test::sampleCustomer(QStringLiteral("C1"));
        if (auto s = store.customers().upsert(c); !s)
            return s;
        auto no = store.tickets().allocateNumber(2026);
        if (!no)
            return no.error();
        t.number = *no;
        t.customerCode = c.code;
        t.title = title;
        t.state.reportedAt = kMay1;
        t.state.lastEventAt = kMay1;
        return store.tickets().insert(t);
    });
    if (!st)
        return st.error();
    return t;
}

// Waits for the next ticketsChanged; gives the time since `since` started in ms (-1: none in time).
double waitForChange(QSignalSpy& spy, const QElapsedTimer& since = {}, int limitMs = kWithinMs)
{
    if (spy.isEmpty() && !spy.wait(limitMs))
        return -1;
    return since.isValid() ? static_cast<double>(since.nsecsElapsed()) / 1e6 : 0;
}
}  // namespace

TEST(ChangeFeedTest, PostgresDeliversTheChangedTicketNumberWithinTwoSeconds)
{
    test::PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    auto writer = PostgresStore::open(pg.settings());
    ASSERT_TRUE(writer.ok()) << qPrintable(writer.error().text());

    PostgresChangeFeed feed(pg.settings());
    EXPECT_TRUE(feed.pushes());
    QSignalSpy listening(&feed, &ChangeFeed::listening);
    QSignalSpy failed(&feed, &ChangeFeed::failed);
    QSignalSpy changed(&feed, &ChangeFeed::ticketsChanged);
    feed.start();
    ASSERT_TRUE(listening.wait(5000)) << (failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    // An insert; the time counts from the start of the writing transaction to the signal.
    QElapsedTimer timer;
    timer.start();
    auto ticket = createTicket(**writer, QStringLiteral("气孔 first"));
    ASSERT_TRUE(ticket.ok()) << qPrintable(ticket.error().text());
    const double insertMs = waitForChange(changed, timer);
    ASSERT_GE(insertMs, 0) << "no notification within 2 s of the insert";
    EXPECT_EQ(changed.takeFirst().first().toStringList(), QStringList{ticket->number});

    // An update: a history entry changes the ticket's state and version.
    TicketEvent event;
    event.at = kMay1 + 60;
    event.actor = QStringLiteral("wang");
    event.action = Action::Respond;
    Ticket t = *ticket;
    t.state.lastEventAt = event.at;
    t.state.firstResponseAt = event.at;
    timer.restart();
    ASSERT_TRUE((*writer)->write([&] { return (*writer)->tickets().appendEvent(t, event, ticket->version); }).ok());
    const double updateMs = waitForChange(changed, timer);
    ASSERT_GE(updateMs, 0) << "no notification within 2 s of the update";
    EXPECT_EQ(changed.takeFirst().first().toStringList(), QStringList{ticket->number});
    std::printf("notification latency on loopback (write started -> signal): insert %.2f ms, update %.2f ms\n",
                insertMs, updateMs);

    // A write that rolls back tells nobody.
    const Status rolledBack = (*writer)->write([&]() -> Status {
        if (auto second = createTicket(**writer, QStringLiteral("never")); !second)
            return second.error();
        return Error::badInput(QStringLiteral("changed my mind"));
    });
    EXPECT_FALSE(rolledBack.ok());
    EXPECT_FALSE(changed.wait(500));

    // Many rows in one statement: one notification meaning "read everything again".
    QSqlQuery bulk((*writer)->connection().database());
    ASSERT_TRUE(bulk.exec(QStringLiteral("UPDATE tickets SET title = title")));
    ASSERT_GE(waitForChange(changed), 0);
    EXPECT_EQ(changed.takeFirst().first().toStringList(), QStringList{ticket->number});
}

TEST(ChangeFeedTest, PostgresBulkAndQuietWrites)
{
    test::PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    auto writer = PostgresStore::open(pg.settings());
    ASSERT_TRUE(writer.ok()) << qPrintable(writer.error().text());
    for (int i = 0; i < 60; ++i)
        ASSERT_TRUE(createTicket(**writer, QStringLiteral("t%1").arg(i)).ok());

    PostgresChangeFeed feed(pg.settings());
    QSignalSpy listening(&feed, &ChangeFeed::listening);
    QSignalSpy changed(&feed, &ChangeFeed::ticketsChanged);
    feed.start();
    ASSERT_TRUE(listening.wait(5000));

    QSqlDatabase db = (*writer)->connection().database();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tickets SET title = title || '!'")));
    ASSERT_GE(waitForChange(changed), 0);
    EXPECT_TRUE(changed.takeFirst().first().toStringList().isEmpty());  // 60 > 50: "everything"

    // A quiet session (bulk copies) notifies nobody until it says so itself.
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(q.exec(QStringLiteral("SET LOCAL ingotdesk.quiet = 'on'")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tickets SET title = title || '?'")));
    ASSERT_TRUE(db.commit());
    EXPECT_FALSE(changed.wait(500));
}

TEST(ChangeFeedTest, SqliteNoticesACommitOfAnotherConnection)
{
    test::TempDatabase db;
    auto writer = db.open();
    ASSERT_TRUE(writer);
    SqliteChangeFeed feed(db.path(), nullptr, 200);
    EXPECT_FALSE(feed.pushes());
    QSignalSpy listening(&feed, &ChangeFeed::listening);
    QSignalSpy changed(&feed, &ChangeFeed::ticketsChanged);
    feed.start();
    ASSERT_EQ(listening.size(), 1);
    EXPECT_FALSE(changed.wait(500));  // nothing happened: nothing said

    auto ticket = createTicket(*writer, QStringLiteral("first"));
    ASSERT_TRUE(ticket.ok()) << qPrintable(ticket.error().text());
    ASSERT_GE(waitForChange(changed), 0);
    EXPECT_TRUE(changed.takeFirst().first().toStringList().isEmpty());  // SQLite cannot tell which
}

TEST(ChangeFeedTest, ForDatabaseChoosesByTheSetting)
{
    test::TempDatabase db;
    auto sqlite = ChangeFeed::forDatabase(db.path());
    ASSERT_TRUE(sqlite);
    EXPECT_FALSE(sqlite->pushes());
    auto pg = ChangeFeed::forDatabase(QStringLiteral("postgresql://wang@127.0.0.1:1/desk"));
    ASSERT_TRUE(pg);
    EXPECT_TRUE(pg->pushes());
    EXPECT_FALSE(ChangeFeed::forDatabase(QStringLiteral("postgresql://wang:pw@127.0.0.1:1/desk")));

    // A server that does not answer: the feed says so rather than failing silently.
    QSignalSpy failed(pg.get(), &ChangeFeed::failed);
    pg->start();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("Live updates are off")));
}

TEST(ChangeFeedTest, APostgresDatabaseAtSchema12GetsTheTriggersWhenOpened)
{
    test::PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    {
        auto c = PostgresConnection::open(pg.settings());
        ASSERT_TRUE(c.ok()) << qPrintable(c.error().text());
        ASSERT_TRUE((*c)->configure().ok());
        ASSERT_TRUE(PostgresMigrator::migrate(**c, 12).ok());
        QSqlQuery q((*c)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'tickets_notify%'")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
    auto store = PostgresStore::open(pg.settings());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    EXPECT_GE((*store)->schemaVersion(), 13);
    QSqlQuery q((*store)->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'tickets_notify%'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST(ChangeFeedTest, AnOldSqliteFileIsMigratedAndWatched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    EXPECT_EQ((*store)->schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 13);
    SqliteChangeFeed feed(path, nullptr, 200);
    QSignalSpy changed(&feed, &ChangeFeed::ticketsChanged);
    feed.start();
    ASSERT_TRUE(createTicket(**store, QStringLiteral("after the upgrade")).ok());
    ASSERT_GE(waitForChange(changed), 0);
}
