// The queue's text filter gives the same tickets and counts on both backends (FTS5 on SQLite; on
// PostgreSQL bigram candidates from ticket_search_text verified by ILIKE, migration 0014), equal to
// a plain substring match worked out here; and on PostgreSQL the index is what the planner reads.
#include "storage/backends/BackendFixture.h"
#include "storage/postgres/PostgresMigrator.h"
#include "storage/postgres/PostgresTicketSearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace ingot;
using namespace ingot::test;

namespace {

struct Made {
    QString number;
    QString customerName;
    QString title;
    QString description;
};

class BackendSearchTest : public BackendTest {
protected:
    Status exec(Backend& b, const QString& sql)
    {
        if (GetParam() == Kind::Sqlite)
            return static_cast<SqliteStore&>(b).connection().exec(sql);
        return static_cast<PostgresStore&>(b).connection().exec(sql);
    }

    // Tickets whose number, title, description or customer name hold `term`, ASCII case ignored
    // (the test's texts have no other letters with a case), newest first.
    QStringList expected(const QString& term) const
    {
        QStringList out;
        for (const Made& m : m_made)
            for (const QString* field : {&m.number, &m.customerName, &m.title, &m.description})
                if (field->contains(term, Qt::CaseInsensitive)) {
                    out.prepend(m.number);
                    break;
                }
        return out;
    }

    QStringList found(const QString& term, int limit)
    {
        QueueFilter f;
        f.text = term;
        auto rows = backend->tickets().page(f, QueueSort::NewestFirst, 0, limit);
        EXPECT_TRUE(rows.ok()) << qPrintable(rows.ok() ? QString() : rows.error().text());
        QStringList out;
        if (rows.ok())
            for (const QueueRow& r : *rows)
                out << r.number;
        return out;
    }

    void make(const QString& customer, const QString& customerName, const QString& title, const QString& description)
    {
        Ticket t;
        ASSERT_TRUE(backend->write([&]() -> Status {
                               auto no = backend->tickets().allocateNumber(2026);
                               if (!no)
                                   return no.error();
                               t.number = *no;
                               t.customerCode = customer;
                               t.title = title;
                               t.description = description;
                               t.state.reportedAt = t.state.lastEventAt = kMay1 + 60 * m_made.size();
                               return backend->tickets().insert(t);
                           }).ok());
        m_made.append({t.number, customerName, title, description});
    }

    QList<Made> m_made;
};

const QString kC1Name = QStringLiteral("测试客户 C1");
const QString kC2Name = QStringLiteral("北方电缆厂");

TEST_P(BackendSearchTest, TermsFindTheSameTicketsAsASubstringMatch)
{
    const QList<std::pair<QString, QString>> texts = {
        {QStringLiteral("铅锭表面发白"), QStringLiteral("到货铅锭表面出现一层白色薄膜")},
        {QStringLiteral("表面发黑，铅锭发白"), QStringLiteral("有表面也有面发，但不连着")},  // all of 表面发白's bigrams, apart
        {QStringLiteral("打包带断裂散捆"), QStringLiteral("卸货时发现打包带松脱")},
        {QStringLiteral("储存两周后氧化严重"), QString()},
        {QStringLiteral("Surface OXIDATION"), QStringLiteral("white film")},
        {QStringLiteral("oxidation again"), QStringLiteral("Pb99.994 grade")},
        {QStringLiteral("重量不足 50%"), QStringLiteral("整车短重约0.5吨")},
        {QStringLiteral("a_b 下划线"), QStringLiteral("ab 不算")},
        {QStringLiteral("路径 c:\\temp"), QStringLiteral("反斜杠")},
        {QStringLiteral("气孔"), QStringLiteral("铅锭断面有气孔")},
        {QStringLiteral("包装完好"), QStringLiteral("客户咨询")},
        {QStringLiteral("化验铋含量超标"), QStringLiteral("PB99.990")},
    };
    for (int i = 0; i < 30; ++i) {
        const auto& [title, description] = texts.at(i % texts.size());
        const bool north = i % 3 == 0;
        make(north ? QStringLiteral("C2") : QStringLiteral("C1"), north ? kC2Name : kC1Name, title, description);
    }

    // A title edited after the ticket was made is found by its new text only (the update trigger).
    const Made& edited = m_made[10];  // "包装完好"
    ASSERT_TRUE(backend->write([&] {
                           return exec(*backend, QStringLiteral("UPDATE tickets SET title = '打包带松紧不一' "
                                                                "WHERE ticket_no = '%1'")
                                                     .arg(edited.number));
                       }).ok());
    m_made[10].title = QStringLiteral("打包带松紧不一");

    const QStringList terms = {
        QStringLiteral("氧化"),     QStringLiteral("气孔"),         QStringLiteral("打包带"),
        QStringLiteral("铅锭表面发白"), QStringLiteral("表面发白"),     QStringLiteral("带松紧"),
        QStringLiteral("包装完好"),   QStringLiteral("完好"),         QStringLiteral("OxIdAtIoN"),
        QStringLiteral("surface"),  QStringLiteral("pb99.99"),      QStringLiteral("50%"),
        QStringLiteral("%"),        QStringLiteral("a_b"),          QStringLiteral("_"),
        QStringLiteral("c:\\t"),    QStringLiteral("\\"),           QStringLiteral("氧"),
        QStringLiteral("北方电缆"),   QStringLiteral("电缆"),         QStringLiteral("客户"),
        QStringLiteral("2026-00001"), QStringLiteral("不存在的词"), QStringLiteral("ab"),
    };
    for (const QString& term : terms) {
        const QStringList want = expected(term);
        QueueFilter f;
        f.text = term;
        auto n = backend->tickets().count(f);
        ASSERT_TRUE(n.ok()) << qPrintable(n.error().text());
        EXPECT_EQ(*n, want.size()) << qPrintable(term);
        EXPECT_EQ(found(term, 100), want) << qPrintable(term);
        // A short page: the sort's index may be walked instead of reading the candidates.
        EXPECT_EQ(found(term, 2), want.mid(0, 2)) << qPrintable(term);
    }
    EXPECT_FALSE(expected(QStringLiteral("包装完好")).contains(edited.number));  // edited away
    EXPECT_EQ(expected(QStringLiteral("表面发白")).size(), 3);    // not the ticket with the bigrams apart
}

TEST_P(BackendSearchTest, ABulkLoadIsSearchableAfterItsEnd)
{
    TicketRepository& tickets = backend->tickets();
    ASSERT_TRUE(backend->write([&]() -> Status {
                           if (auto st = tickets.beginBulkInsert(); !st)
                               return st;
                           for (int i = 0; i < 40; ++i) {
                               Ticket t;
                               auto no = tickets.allocateNumber(2026);
                               if (!no)
                                   return no.error();
                               t.number = *no;
                               t.customerCode = QStringLiteral("C1");
                               t.title = i % 4 ? QStringLiteral("打包带断裂") : QStringLiteral("铅锭变形");
                               t.state.reportedAt = t.state.lastEventAt = kMay1 + i;
                               if (auto st = tickets.insert(t); !st)
                                   return st;
                           }
                           return tickets.endBulkInsert();
                       }).ok());
    ASSERT_TRUE(create(*backend, QStringLiteral("C2"), QStringLiteral("打包带又断了"), kMay1 + 100).ok());
    QueueFilter f;
    f.text = QStringLiteral("打包");
    EXPECT_EQ(*tickets.count(f), 31);
    f.text = QStringLiteral("变形");
    EXPECT_EQ(*tickets.count(f), 10);
    if (GetParam() == Kind::Postgres) {
        auto n = static_cast<PostgresStore&>(*backend).connection().scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM tickets) - (SELECT count(*) FROM ticket_search_text)"));
        ASSERT_TRUE(n.ok());
        EXPECT_EQ(n->toLongLong(), 0);  // every ticket indexed, none twice
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, BackendSearchTest, ::testing::Values(Kind::Sqlite, Kind::Postgres), backendName);

class PostgresSearchTest : public PostgresOnlyTest {
protected:

    // The plan of `sql` with its values written in: EXPLAIN cannot be prepared, and these values
    // are the test's own.
    static QString plan(PostgresConnection& c, QString sql, const QVariantList& values)
    {
        for (const QVariant& v : values) {
            QString literal = v.toString();
            if (v.typeId() == QMetaType::QString)
                literal = QLatin1Char('\'') + literal.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
            sql.replace(sql.indexOf(QLatin1Char('?')), 1, literal);
        }
        QSqlQuery q(c.database());
        EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN ") + sql)) << qPrintable(q.lastError().text());
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    }
};

// Tickets of 60 customers, one text in 50 about packing straps; the rest share common words.
void seed(PostgresStore& store, int count)
{
    ASSERT_TRUE(store.write([&]() -> Status {
                         for (int c = 0; c < 60; ++c) {
                             Customer cu = test::sampleCustomer(QStringLiteral("K%1").arg(c));
                             cu.name = QStringLiteral("客户%1号蓄电池厂").arg(c);
                             if (auto st = store.customers().upsert(cu); !st)
                                 return st;
                         }
                         TicketRepository& tickets = store.tickets();
                         if (auto st = tickets.beginBulkInsert(); !st)
                             return st;
                         for (int i = 0; i < count; ++i) {
                             Ticket t;
                             auto no = tickets.allocateNumber(2026);
                             if (!no)
                                 return no.error();
                             t.number = *no;
                             t.customerCode = QStringLiteral("K%1").arg(i % 60);
                             t.title = i % 50 ? QStringLiteral("铅锭表面发白氧化 %1").arg(i % 7)
                                              : QStringLiteral("打包带断裂散捆");
                             t.description = QStringLiteral("到货后表面有黄白色氧化膜，客户要求检测 %1").arg(i);
                             t.state.reportedAt = t.state.lastEventAt = kMay1 + i;
                             if (auto st = tickets.insert(t); !st)
                                 return st;
                         }
                         return tickets.endBulkInsert();
                     }).ok());
}

TEST_F(PostgresSearchTest, ATwoCharacterTermReadsTheBigramIndexNotEveryTicket)
{
    auto store = PostgresStore::open(pg->settings());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    PostgresConnection& c = (*store)->connection();
    seed(**store, 3000);
    ASSERT_TRUE(c.exec(QStringLiteral("ANALYZE")).ok());

    PostgresTicketSearch search(c);
    const TicketSearch::Condition cond = search.condition(QStringLiteral("打包"));
    const QString count = plan(c, QStringLiteral("SELECT count(*) FROM tickets t WHERE ") + cond.sql, cond.values);
    EXPECT_TRUE(count.contains(QStringLiteral("ticket_search_grams"))) << qPrintable(count);
    EXPECT_FALSE(count.contains(QStringLiteral("Seq Scan on tickets"))) << qPrintable(count);
    const QString page = plan(c,
                              QStringLiteral("SELECT t.id FROM tickets t WHERE ") + cond.sql +
                                  QStringLiteral(" ORDER BY t.reported_at DESC, t.id DESC LIMIT 50"),
                              cond.values);
    EXPECT_TRUE(page.contains(QStringLiteral("ticket_search_grams"))) << qPrintable(page);
    EXPECT_FALSE(page.contains(QStringLiteral("Seq Scan on tickets"))) << qPrintable(page);

    // Through the repository: 60 of 3,000 tickets, read from their candidates.
    QueueFilter f;
    f.text = QStringLiteral("打包");
    EXPECT_EQ(*(*store)->tickets().count(f), 60);
    auto first = (*store)->tickets().page(f, QueueSort::NewestFirst, 0, 50);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->size(), 50);
    auto walk = search.walkSortIndex(cond, 50);
    ASSERT_TRUE(walk.ok());
    EXPECT_FALSE(*walk);
    // A term in nearly every ticket walks the sort's index for a page and stops after it.
    const TicketSearch::Condition common = search.condition(QStringLiteral("氧化"));
    auto walkCommon = search.walkSortIndex(common, 50);
    ASSERT_TRUE(walkCommon.ok());
    EXPECT_TRUE(*walkCommon);
    f.text = QStringLiteral("氧化");
    EXPECT_EQ(*(*store)->tickets().count(f), 3000);
}

TEST_F(PostgresSearchTest, SchemaFourteenIndexesTheTicketsOfASchemaThirteenDatabase)
{
    {
        auto c = PostgresConnection::open(pg->settings());
        ASSERT_TRUE(c.ok()) << qPrintable(c.error().text());
        ASSERT_TRUE(PostgresMigrator::migrate(**c, 13).ok());
        ASSERT_TRUE((*c)->execScript(QStringLiteral(
                                "INSERT INTO customers (code, name, region, province, city, tier) "
                                "VALUES ('C9', '北方电缆厂', 'north', '河北', '保定', 'B');"
                                "INSERT INTO tickets (ticket_no, customer_id, category, priority, channel, title, "
                                "description, reported_at, tier, region, stage, resume_stage, last_event_at) "
                                "SELECT 'T2026-00000' || n, (SELECT id FROM customers WHERE code = 'C9'), 'quality', "
                                "'P3', 'phone', CASE WHEN n % 2 = 0 THEN '打包带断裂' ELSE '表面氧化' END, '', "
                                "1777593600 + n, 'B', 'north', 'reported', 'reported', 1777593600 + n "
                                "FROM generate_series(1, 6) n;"))
                        .ok());
    }
    auto store = PostgresStore::open(pg->settings());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    EXPECT_EQ((*store)->schemaVersion(), 14);
    auto indexed = (*store)->connection().scalar(QStringLiteral("SELECT count(*) FROM ticket_search_text"));
    ASSERT_TRUE(indexed.ok());
    EXPECT_EQ(indexed->toLongLong(), 6);
    QueueFilter f;
    f.text = QStringLiteral("打包");
    EXPECT_EQ(*(*store)->tickets().count(f), 3);
    f.text = QStringLiteral("电缆");
    EXPECT_EQ(*(*store)->tickets().count(f), 6);
}

}  // namespace
