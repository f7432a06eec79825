#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>

using namespace ingot;
using ingot::test::TempDatabase;

// tests/data/schema-v1.db was written by schema 1 (migration 0001 only) with a customer, an order,
// a technician and a ticket with history. It must open, migrate, and keep every row.
TEST(Migration, SchemaOneFileMigratesKeepingItsDataAndACopy)
{
    TempDatabase db;
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), db.path()));
    QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner);

    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrator::latestVersion());

    auto ticket = store->tickets().findByNumber(QStringLiteral("T2025-000001"));
    ASSERT_TRUE(ticket.ok());
    EXPECT_EQ(ticket->customerName, QStringLiteral("长兴天能蓄电池有限公司"));
    EXPECT_EQ(ticket->orderNo, QStringLiteral("SO-1"));
    EXPECT_EQ(ticket->state.stage, Stage::Assessed);
    EXPECT_EQ(ticket->version, 3);
    auto history = store->tickets().events(ticket->id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).note, QStringLiteral("白色薄膜为自然氧化"));

    // The new column and index of schema 2 are usable.
    QueueFilter f;
    auto page = store->tickets().page(f, QueueSort::DueFirst, 0, 10);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->size(), 1);

    // A copy was made before migrating, and it is still schema 1.
    const QStringList copies = QDir(QFileInfo(db.path()).absolutePath())
                                   .entryList({QStringLiteral("desk.db.schema1-*.bak")}, QDir::Files);
    ASSERT_EQ(copies.size(), 1);
    auto old = SqliteStore::open(db.file(copies.first()), SqliteStore::Options{false, false, true});
    ASSERT_FALSE(old.ok());  // refused: it needs an upgrade, and a read-only open does not do it
    EXPECT_TRUE(old.error().message.contains(QStringLiteral("schema 1")));

    // New numbers continue after the migrated ones.
    auto next = store->tickets().allocateNumber(2025);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(*next, QStringLiteral("T2025-000002"));
}

TEST(Migration, EachStepRunsOnceAndInOrder)
{
    TempDatabase db;
    {
        auto c = SqliteConnection::open(db.path(), true, false);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE((*c)->configure().ok());
        ASSERT_TRUE(Migrator::migrate(**c, 0, 1).ok());
        EXPECT_EQ((*c)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
        // Schema 1 has no next_due_at yet.
        EXPECT_FALSE((*c)->exec(QStringLiteral("SELECT next_due_at FROM tickets")).ok());
    }
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->connection().exec(QStringLiteral("SELECT next_due_at FROM tickets")).ok());
}

TEST(Migration, ScriptsAreNumberedWithoutGaps)
{
    const QStringList names = QDir(QStringLiteral(":/migrations/sqlite")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    ASSERT_EQ(names.size(), Migrator::latestVersion());
    for (int i = 0; i < names.size(); ++i)
        EXPECT_TRUE(names.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0')))) << qPrintable(names.at(i));
}
