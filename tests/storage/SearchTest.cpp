#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/search/SqliteSearch.h"
#include "support/SearchIndexCheck.h"
#include "support/TempDatabase.h"

#include <QFile>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->write([&]() -> Status {
                             Customer a = test::sampleCustomer(QStringLiteral("C1"));
                             a.name = QStringLiteral("长兴天能蓄电池有限公司");
                             Customer b = test::sampleCustomer(QStringLiteral("C2"));
                             b.name = QStringLiteral("Northern Cable Works");
                             if (auto s = store->customers().upsert(a); !s)
                                 return s;
                             return store->customers().upsert(b);
                         }).ok());
    }

    Ticket add(const QString& customer, const QString& title, const QString& description = {})
    {
        Ticket t;
        t.customerCode = customer;
        t.title = title;
        t.description = description;
        t.state.reportedAt = t.state.lastEventAt = kMay1 + 60 * m_added++;
        EXPECT_TRUE(store->write([&]() -> Status {
                             auto n = store->tickets().allocateNumber(2026);
                             if (!n)
                                 return n.error();
                             t.number = *n;
                             return store->tickets().insert(t);
                         }).ok());
        return t;
    }

    qint64 count(const QString& text)
    {
        QueueFilter f;
        f.text = text;
        auto n = store->tickets().count(f);
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }

    QStringList titles(const QString& text)
    {
        QueueFilter f;
        f.text = text;
        auto page = store->tickets().page(f, QueueSort::OldestFirst, 0, 100);
        EXPECT_TRUE(page.ok());
        QStringList out;
        if (page.ok())
            for (const QueueRow& r : *page)
                out << r.title;
        return out;
    }

    void expectIndexesInSync() { test::expectSearchIndexesInSync(store->connection()); }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;

private:
    int m_added = 0;
};
}  // namespace

TEST_F(SearchTest, ChoosesTheIndexByLength)
{
    EXPECT_EQ(SqliteSearch::condition(QStringLiteral("t2026-000001")).index, SqliteSearch::Index::TicketNumber);
    EXPECT_EQ(SqliteSearch::condition(QStringLiteral("表面氧化")).index, SqliteSearch::Index::Trigram);
    EXPECT_EQ(SqliteSearch::condition(QStringLiteral("氧化")).index, SqliteSearch::Index::Bigram);
    EXPECT_EQ(SqliteSearch::condition(QStringLiteral(" 锭 ")).index, SqliteSearch::Index::Bigram);
    EXPECT_EQ(SqliteSearch::condition(QStringLiteral("锭,")).index, SqliteSearch::Index::Scan);
}

TEST_F(SearchTest, ChineseTermsOfTwoCharactersAndMoreMatchAnywhereInTheText)
{
    add(QStringLiteral("C2"), QStringLiteral("铅锭表面发白氧化"), QStringLiteral("到货后发现"));
    add(QStringLiteral("C2"), QStringLiteral("切开后发现内部气孔"));
    add(QStringLiteral("C2"), QStringLiteral("铅锭包装破损"), QStringLiteral("多捆打包带断裂，氧化轻微"));
    add(QStringLiteral("C2"), QStringLiteral("过磅重量与单据不符"));

    EXPECT_EQ(titles(QStringLiteral("氧化")), (QStringList{QStringLiteral("铅锭表面发白氧化"), QStringLiteral("铅锭包装破损")}));
    EXPECT_EQ(titles(QStringLiteral("气孔")), QStringList{QStringLiteral("切开后发现内部气孔")});
    EXPECT_EQ(titles(QStringLiteral("包装")), QStringList{QStringLiteral("铅锭包装破损")});
    EXPECT_EQ(count(QStringLiteral("铅锭")), 2);
    EXPECT_EQ(count(QStringLiteral("发现")), 2);             // title of one, description of the other
    EXPECT_EQ(count(QStringLiteral("表面发白氧化")), 1);     // longer terms: trigram
    EXPECT_EQ(count(QStringLiteral("打包带断裂")), 1);
    EXPECT_EQ(count(QStringLiteral("氧化严重")), 0);
    EXPECT_EQ(count(QStringLiteral("化表")), 0);             // characters of the term, not the term
    EXPECT_EQ(count(QStringLiteral("锭")), 2);               // one character: a prefix of the windows
    EXPECT_EQ(count(QStringLiteral("孔")), 1);               // ... and the window at the end of a text
    EXPECT_EQ(count(QStringLiteral("磅重量与单据")), 1);
    // A window never spans two fields: the end of the title and the start of the description.
    EXPECT_EQ(count(QStringLiteral("化到")), 0);
}

TEST_F(SearchTest, EnglishIsCaseInsensitiveAndShortTermsWork)
{
    add(QStringLiteral("C1"), QStringLiteral("Surface oxidation on Pb99.994 ingots"), QStringLiteral("Batch PB250311-07"));
    add(QStringLiteral("C1"), QStringLiteral("Strapping broken"));

    EXPECT_EQ(count(QStringLiteral("OXIDATION")), 1);
    EXPECT_EQ(count(QStringLiteral("pb99.994")), 1);
    EXPECT_EQ(count(QStringLiteral("250311-07")), 1);
    EXPECT_EQ(count(QStringLiteral("ken")), 1);
    EXPECT_EQ(count(QStringLiteral("Pb")), 1);  // two characters: bigram
    EXPECT_EQ(count(QStringLiteral("n")), 2);
    EXPECT_EQ(count(QStringLiteral("oxidation on pb")), 1);  // a phrase, spaces included
    EXPECT_EQ(count(QStringLiteral("oxidation pb")), 0);
    EXPECT_EQ(count(QStringLiteral("\"Pb99")), 0);  // quotes are text, not query syntax
    EXPECT_EQ(count(QStringLiteral("100%_")), 0);
}

TEST_F(SearchTest, CustomerNamesAndTicketNumbersAreSearchedToo)
{
    const Ticket a = add(QStringLiteral("C1"), QStringLiteral("铅锭变形"));
    add(QStringLiteral("C2"), QStringLiteral("铅锭变形"));

    EXPECT_EQ(count(QStringLiteral("天能")), 1);
    EXPECT_EQ(count(QStringLiteral("蓄电池有限")), 1);
    EXPECT_EQ(count(QStringLiteral("cable")), 1);
    EXPECT_EQ(count(a.number.toLower()), 1);     // a whole number: exact
    EXPECT_EQ(count(QStringLiteral("2026-0000")), 2);  // part of a number: substring
}

TEST_F(SearchTest, IndexFollowsUpdatesDeletesAndRenames)
{
    const Ticket a = add(QStringLiteral("C1"), QStringLiteral("到货延迟"), QStringLiteral("物流未按约定时间到厂"));
    add(QStringLiteral("C2"), QStringLiteral("发错批次"));
    SqliteConnection& c = store->connection();

    ASSERT_TRUE(c.exec(QStringLiteral("UPDATE tickets SET title = '成分与质保书不符' WHERE id = %1").arg(a.id)).ok());
    EXPECT_EQ(count(QStringLiteral("延迟")), 0);
    EXPECT_EQ(count(QStringLiteral("质保")), 1);
    EXPECT_EQ(count(QStringLiteral("约定时间")), 1);  // the description is still indexed
    // A change of state (every action) does not touch the index.
    ASSERT_TRUE(c.exec(QStringLiteral("UPDATE tickets SET stage = 'assessed', version = version + 1")).ok());
    EXPECT_EQ(count(QStringLiteral("质保")), 1);

    ASSERT_TRUE(c.exec(QStringLiteral("UPDATE customers SET name = '郴州华阳合金材料有限公司' WHERE code = 'C1'")).ok());
    EXPECT_EQ(count(QStringLiteral("天能")), 0);
    EXPECT_EQ(count(QStringLiteral("华阳")), 1);
    EXPECT_EQ(count(QStringLiteral("合金材料")), 1);
    // An upsert with the same name re-indexes nothing and changes nothing.
    auto same = store->customers().findByCode(QStringLiteral("C1"));
    ASSERT_TRUE(same.ok());
    ASSERT_TRUE(store->write([&] { return store->customers().upsert(*same); }).ok());
    EXPECT_EQ(count(QStringLiteral("华阳")), 1);

    ASSERT_TRUE(c.exec(QStringLiteral("UPDATE tickets SET customer_id = (SELECT id FROM customers WHERE code = 'C2') "
                                      "WHERE id = %1")
                           .arg(a.id))
                    .ok());
    EXPECT_EQ(count(QStringLiteral("华阳")), 0);
    EXPECT_EQ(count(QStringLiteral("cable")), 2);
    expectIndexesInSync();

    ASSERT_TRUE(c.exec(QStringLiteral("DELETE FROM tickets WHERE id = %1").arg(a.id)).ok());
    EXPECT_EQ(count(QStringLiteral("质保")), 0);
    EXPECT_EQ(count(QStringLiteral("cable")), 1);
    expectIndexesInSync();
}

TEST_F(SearchTest, FiltersCombineWithTextAndBothPlansGiveTheSamePage)
{
    // 300 tickets, one in three about oxidation: many matches, so the page walks the sort index;
    // the rare term reads its matches and sorts them. Both must agree with a plain scan.
    for (int i = 0; i < 300; ++i)
        add(i % 2 ? QStringLiteral("C1") : QStringLiteral("C2"),
            i % 3 == 0 ? QStringLiteral("表面氧化 %1").arg(i) : QStringLiteral("重量不符 %1").arg(i),
            i == 150 ? QStringLiteral("罕见的描述") : QString());
    QueueFilter f;
    f.text = QStringLiteral("氧化");
    EXPECT_EQ(*store->tickets().count(f), 100);
    auto newest = store->tickets().page(f, QueueSort::NewestFirst, 0, 5);
    ASSERT_TRUE(newest.ok());
    ASSERT_EQ(newest->size(), 5);
    EXPECT_EQ(newest->first().title, QStringLiteral("表面氧化 297"));
    auto deep = store->tickets().page(f, QueueSort::NewestFirst, 95, 10);
    ASSERT_EQ(deep->size(), 5);
    EXPECT_EQ(deep->last().title, QStringLiteral("表面氧化 0"));

    f.region = Region::East;  // both customers are East: same answer through the combined count
    EXPECT_EQ(*store->tickets().count(f), 100);
    f.region.reset();
    f.text = QStringLiteral("罕见");
    EXPECT_EQ(*store->tickets().count(f), 1);
    auto rare = store->tickets().page(f, QueueSort::PriorityFirst, 0, 50);
    ASSERT_EQ(rare->size(), 1);
    EXPECT_EQ(rare->first().title, QStringLiteral("表面氧化 150"));

    f.text = QStringLiteral("Cable");
    f.openOnly = true;
    EXPECT_EQ(*store->tickets().count(f), 150);
}

TEST_F(SearchTest, DeepPagesAndEverySortMatchTheUnpagedOrder)
{
    for (int i = 0; i < 120; ++i)
        add(QStringLiteral("C1"), QStringLiteral("工单 %1").arg(i));
    QueueFilter all;
    for (QueueSort sort : {QueueSort::NewestFirst, QueueSort::OldestFirst, QueueSort::PriorityFirst, QueueSort::DueFirst}) {
        auto whole = store->tickets().page(all, sort, 0, 1000);
        ASSERT_TRUE(whole.ok());
        ASSERT_EQ(whole->size(), 120);
        for (qint64 offset : {0, 37, 110}) {
            auto part = store->tickets().page(all, sort, offset, 20);
            ASSERT_TRUE(part.ok());
            for (int i = 0; i < part->size(); ++i)
                EXPECT_EQ(part->at(i).id, whole->at(offset + i).id) << int(sort) << " " << offset;
        }
    }
}

// tests/data/schema-v1.db has a ticket written before the search indexes existed: the migration
// indexes it.
TEST(SearchMigration, ExistingTicketsAreIndexed)
{
    TempDatabase db;
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), db.path()));
    QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto store = db.open();
    ASSERT_TRUE(store);
    auto ticket = store->tickets().findByNumber(QStringLiteral("T2025-000001"));
    ASSERT_TRUE(ticket.ok());
    ASSERT_GE(ticket->title.size(), 3);

    for (const QString& text : {ticket->title.left(2), ticket->title.right(3), ticket->customerName.mid(2, 2)}) {
        QueueFilter f;
        f.text = text;
        EXPECT_EQ(*store->tickets().count(f), 1) << qPrintable(text);
    }
}

// Found by fuzzing (tests/fuzz/fuzz_search): a NUL in the search text (pasted from another program)
// ended the FTS5 string early, and the queue showed "Database error while searching tickets:
// unterminated string" instead of rows. NULs now mean nothing.
TEST_F(SearchTest, ANulInTheTextIsIgnoredNotADatabaseError)
{
    add(QStringLiteral("C2"), QStringLiteral("铅锭表面发白氧化"));
    const QString withNul = QStringLiteral("表面") + QChar(u'\0') + QStringLiteral("发白");
    EXPECT_EQ(count(withNul), 1);
    EXPECT_EQ(titles(withNul), QStringList{QStringLiteral("铅锭表面发白氧化")});
    EXPECT_EQ(count(QStringLiteral("锭") + QChar(u'\0')), 1);
    EXPECT_EQ(count(QString(QChar(u'\0')) + QStringLiteral("氧化")), 1);
    EXPECT_EQ(count(QString(QChar(u'\0'))), count(QString()));
}
