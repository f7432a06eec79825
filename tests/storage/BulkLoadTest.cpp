#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/search/SqliteBigrams.h"
#include "support/SearchIndexCheck.h"
#include "support/TempDatabase.h"

using namespace ingot;
using ingot::test::TempDatabase;

// A bulk load into empty tables drops their secondary indexes and builds them again at the end, in
// the same transaction; a load into tables with rows keeps them.
namespace {
constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

class BulkLoadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->write([&] {
                             Customer c = test::sampleCustomer(QStringLiteral("C1"));
                             return store->customers().upsert(c);
                         }).ok());
        before = indexes();
        ASSERT_GE(before.size(), 5) << "the tickets table has its secondary indexes";
    }

    // name -> SQL of every index on tickets and ticket_events, as the connection sees them now.
    QMap<QString, QString> indexes()
    {
        QMap<QString, QString> out;
        QSqlQuery q(store->connection().database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT name, ifnull(sql, '') FROM sqlite_schema WHERE type = 'index' "
                                          "AND tbl_name IN ('tickets', 'ticket_events')")));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }

    Status addTicket(int n, const QString& title = {}, const QString& description = {})
    {
        Ticket t;
        t.customerCode = QStringLiteral("C1");
        t.title = title.isNull() ? QStringLiteral("铅锭表面氧化 %1").arg(n) : title;
        t.description = description;
        t.state.reportedAt = t.state.lastEventAt = kMay1 + 60 * n;
        auto number = store->tickets().allocateNumber(2026);
        if (!number)
            return number.error();
        t.number = *number;
        return store->tickets().insert(t);
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    QMap<QString, QString> before;
};

TEST_F(BulkLoadTest, IntoEmptyTablesDropsSecondaryIndexesAndBuildsThemAgain)
{
    QMap<QString, QString> during;
    ASSERT_TRUE(store->write([&]() -> Status {
                         if (auto st = store->tickets().beginBulkInsert(); !st)
                             return st;
                         during = indexes();
                         for (int i = 0; i < 50; ++i)
                             if (auto st = addTicket(i); !st)
                                 return st;
                         return store->tickets().endBulkInsert();
                     }).ok());
    EXPECT_LT(during.size(), before.size());
    for (auto it = during.cbegin(); it != during.cend(); ++it)  // what stays: constraints and unique ones
        EXPECT_TRUE(it.value().isEmpty() || it.value().startsWith(QStringLiteral("CREATE UNIQUE"))) << it.key().toStdString();
    EXPECT_EQ(indexes(), before) << "every index is back with the same definition";
    auto integrity = store->connection().scalar(QStringLiteral("PRAGMA integrity_check"));
    ASSERT_TRUE(integrity.ok());
    EXPECT_EQ(integrity->toString(), QStringLiteral("ok"));
    QueueFilter f;
    f.text = QStringLiteral("氧化");
    EXPECT_EQ(*store->tickets().count(f), 50) << "the search index was filled too";
}

TEST_F(BulkLoadTest, AFailedLoadLeavesEveryIndexInPlace)
{
    const Status failed = store->write([&]() -> Status {
        if (auto st = store->tickets().beginBulkInsert(); !st)
            return st;
        if (auto st = addTicket(1); !st)
            return st;
        return Error::internal(QStringLiteral("interrupted"));
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(indexes(), before);
    EXPECT_EQ(*store->tickets().count({}), 0);
    // The repository forgets what the rolled-back load dropped: a next load works normally.
    ASSERT_TRUE(store->write([&]() -> Status {
                         if (auto st = store->tickets().beginBulkInsert(); !st)
                             return st;
                         if (auto st = addTicket(2); !st)
                             return st;
                         return store->tickets().endBulkInsert();
                     }).ok());
    EXPECT_EQ(indexes(), before);
}

TEST_F(BulkLoadTest, IntoATableWithRowsKeepsItsIndexes)
{
    ASSERT_TRUE(store->write([&] { return addTicket(1); }).ok());
    ASSERT_TRUE(store->write([&]() -> Status {
                         if (auto st = store->tickets().beginBulkInsert(); !st)
                             return st;
                         EXPECT_EQ(indexes(), before);
                         if (auto st = addTicket(2); !st)
                             return st;
                         return store->tickets().endBulkInsert();
                     }).ok());
    EXPECT_EQ(indexes(), before);
}

// Texts where counting characters is easy to get wrong: the bigrams computed for a bulk load must be
// the view's, byte for byte, or FTS5's integrity-check fails.
TEST_F(BulkLoadTest, BigramsOfABulkLoadEqualTheSearchView)
{
    const QString longText = QString(QStringLiteral("铅")).repeated(4100) + QStringLiteral("尾");
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("铅锭表面氧化"), QStringLiteral("Pb99.994 铅锭, 10mm 气孔!")},
        {QStringLiteral("😀 emoji 𠀀 outside the BMP"), QString()},
        {QStringLiteral("a") + QChar(0) + QStringLiteral("b after a NUL"), QStringLiteral("x")},
        {QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" surrogate"), QStringLiteral("  spaces  ")},
        {QStringLiteral("x"), longText},
        {QStringLiteral("é composed e\u0301"), QStringLiteral("\t tab\nnewline")},
    };
    ASSERT_TRUE(store->write([&]() -> Status {
                         if (auto st = store->tickets().beginBulkInsert(); !st)
                             return st;
                         for (int i = 0; i < texts.size(); ++i)
                             if (auto st = addTicket(i, texts[i].first, texts[i].second); !st)
                                 return st;
                         return store->tickets().endBulkInsert();
                     }).ok());
    auto check = store->connection().exec(
        QStringLiteral("INSERT INTO ticket_bigrams (ticket_bigrams, rank) VALUES ('integrity-check', 1)"));
    EXPECT_TRUE(check.ok()) << (check.ok() ? "" : qPrintable(check.error().text()));

    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT title, description, customer, CAST(grams AS BLOB) FROM ticket_search_source "
                                      "ORDER BY id")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        EXPECT_EQ(SqliteBigrams::of(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
                  q.value(3).toByteArray())
            << "row " << rows;
    }
    EXPECT_EQ(rows, texts.size());
    QueueFilter f;
    f.text = QStringLiteral("气孔");
    EXPECT_EQ(*store->tickets().count(f), 1);
    f.text = QStringLiteral("尾");
    EXPECT_EQ(*store->tickets().count(f), 0) << "past 4,000 characters only the trigram index looks";
}

// A load larger than one slice (20,000 tickets) is indexed slice by slice: every ticket once.
TEST_F(BulkLoadTest, ALoadOfSeveralSlicesIndexesEveryTicketOnce)
{
    constexpr int kTickets = 20'050;
    ASSERT_TRUE(store->write([&]() -> Status {
                         if (auto st = store->tickets().beginBulkInsert(); !st)
                             return st;
                         for (int i = 0; i < kTickets; ++i) {
                             const QString title = i % 2 ? QStringLiteral("包装破损 %1").arg(i) : QStringLiteral("气孔");
                             if (auto st = addTicket(i, title); !st)
                                 return st;
                         }
                         return store->tickets().endBulkInsert();
                     }).ok());
    test::expectSearchIndexesInSync(store->connection());
    QueueFilter f;
    f.text = QStringLiteral("包装");
    EXPECT_EQ(*store->tickets().count(f), kTickets / 2);
    f.text = QStringLiteral("包装破损");
    EXPECT_EQ(*store->tickets().count(f), kTickets / 2);
    f.text = QStringLiteral("气孔");
    EXPECT_EQ(*store->tickets().count(f), kTickets / 2);
}

}  // namespace
