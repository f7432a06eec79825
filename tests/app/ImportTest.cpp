#include "app/io/ExportService.h"
#include "app/io/ImportService.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
QString dataFile(const char* name)
{
    return QStringLiteral(INGOTDESK_TEST_DATA "/import/") + QLatin1String(name);
}

// Every row of every table, as text: "left exactly as it was" means this does not change.
QString dump(SqliteStore& store)
{
    QString out;
    for (const char* table : {"customers", "orders", "technicians", "tickets", "ticket_events", "ticket_counters", "holidays"}) {
        QSqlQuery q(store.connection().database());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

class ImportTest : public ::testing::Test {
protected:
    void SetUp() override { store = db.open(); }
    ImportService::Report run(ImportKind kind, const QByteArray& csv, bool dryRun = false)
    {
        ImportService service(*store);
        return service.importData(kind, csv, QStringLiteral("in.csv"), dryRun);
    }
    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
};

const QByteArray kCustomers = "code,name,region,province,annual_volume_t,cooperation_years\n"
                              "C1,天能电池,华东,浙江,2500,3\n"
                              "C2,北方电缆,North,河北,600,1\n"
                              "C3,小厂,西南,四川,10,0\n";
const QByteArray kTechs = "login,name,region,skills,level\n"
                          "li.01,李强,华东,oxidation;porosity,高级\n";
const QByteArray kOrders = "order_no,customer_code,grade,batch_no,quantity_t,value_cny,delivered_at\n"
                           "SO-1,C1,Pb99.994,PB260301-01,200,3300000.50,2026-03-01\n";
const QByteArray kTickets = "ticket_no,customer_code,category,priority,title,reported_at,order_no\n"
                            "T2026-000100,C1,氧化,P2,铅锭发白,2026-03-05T09:00:00+08:00,SO-1\n"
                            "T2026-000101,C2,packaging,P3,打包带断裂,2026-03-05 10:00,\n";
}  // namespace

TEST_F(ImportTest, CustomersGetTheirTierFromTheRule)
{
    auto r = run(ImportKind::Customers, kCustomers);
    ASSERT_TRUE(r.problems.isEmpty()) << qPrintable(r.problems.first().text());
    EXPECT_EQ(r.rows, 3);
    EXPECT_EQ(store->customers().findByCode(QStringLiteral("C1"))->tier, Tier::A);
    EXPECT_EQ(store->customers().findByCode(QStringLiteral("C2"))->tier, Tier::B);
    EXPECT_EQ(store->customers().findByCode(QStringLiteral("C2"))->region, Region::North);
    EXPECT_EQ(store->customers().findByCode(QStringLiteral("C3"))->tier, Tier::C);
}

TEST_F(ImportTest, BadRowOnLine57IsNamedAndNothingChanges)
{
    ASSERT_TRUE(run(ImportKind::Customers, kCustomers).problems.isEmpty());
    const QString before = dump(*store);
    ImportService service(*store);
    const QString file = dataFile("customers-bad-line57.csv");
    auto r = service.importFile(ImportKind::Customers, file, false);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().where, file + QStringLiteral(":57"));
    EXPECT_TRUE(r.problems.first().message.contains(QStringLiteral("火星")));
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(dump(*store), before);

    auto good = service.importFile(ImportKind::Customers, dataFile("customers-60.csv"), false);
    EXPECT_TRUE(good.problems.isEmpty());
    EXPECT_EQ(*store->customers().count(), 63);
}

TEST_F(ImportTest, DryRunFindsEverythingAndChangesNothing)
{
    const QString before = dump(*store);
    auto r = run(ImportKind::Customers, kCustomers, true);
    EXPECT_TRUE(r.problems.isEmpty());
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(dump(*store), before);

    // Problems that only the database can see (an unknown customer) are found in a dry run too.
    auto orders = run(ImportKind::Orders, kOrders, true);
    ASSERT_EQ(orders.problems.size(), 1);
    EXPECT_EQ(orders.problems.first().where, QStringLiteral("in.csv:2"));
}

TEST_F(ImportTest, EveryProblemIsReportedWithItsLine)
{
    const QByteArray bad = "code,name,region,province,annual_volume_t\n"
                           "C1,ok,华东,浙江,1\n"
                           ",missing code,华东,浙江,1\n"
                           "C3,bad volume,华东,浙江,lots\n"
                           "C1,duplicate,华东,浙江,1\n";
    auto r = run(ImportKind::Customers, bad);
    ASSERT_EQ(r.problems.size(), 3);
    EXPECT_EQ(r.problems.at(0).where, QStringLiteral("in.csv:3"));
    EXPECT_EQ(r.problems.at(1).where, QStringLiteral("in.csv:4"));
    EXPECT_TRUE(r.problems.at(1).message.contains(QStringLiteral("annual_volume_t")));
    EXPECT_EQ(r.problems.at(2).where, QStringLiteral("in.csv:5"));
    EXPECT_EQ(*store->customers().count(), 0);
}

TEST_F(ImportTest, HeaderProblems)
{
    auto unknown = run(ImportKind::Customers, "code,name,region,province,colour\n");
    ASSERT_EQ(unknown.problems.size(), 1);
    EXPECT_TRUE(unknown.problems.first().message.contains(QStringLiteral("colour")));
    EXPECT_EQ(unknown.problems.first().where, QStringLiteral("in.csv:1"));
    auto missing = run(ImportKind::Customers, "code,name,region\n");
    EXPECT_TRUE(missing.problems.first().message.contains(QStringLiteral("province")));
    auto empty = run(ImportKind::Customers, "");
    EXPECT_EQ(empty.problems.size(), 1);
    // Columns may come in any order.
    auto reordered = run(ImportKind::Customers, "province,region,name,code\n浙江,华东,天能,C9\n");
    EXPECT_TRUE(reordered.problems.isEmpty());
}

TEST_F(ImportTest, TicketsAndEventsRebuildTheState)
{
    ASSERT_TRUE(run(ImportKind::Customers, kCustomers).problems.isEmpty());
    ASSERT_TRUE(run(ImportKind::Technicians, kTechs).problems.isEmpty());
    ASSERT_TRUE(run(ImportKind::Orders, kOrders).problems.isEmpty());
    auto t = run(ImportKind::Tickets, kTickets);
    ASSERT_TRUE(t.problems.isEmpty()) << qPrintable(t.problems.first().text());
    auto ticket = store->tickets().findByNumber(QStringLiteral("T2026-000100"));
    ASSERT_TRUE(ticket.ok());
    EXPECT_EQ(ticket->batchNo, QStringLiteral("PB260301-01"));  // from the order
    EXPECT_EQ(ticket->tier, Tier::A);

    const QByteArray events = "ticket_no,at,action,actor,value,note\n"
                              "T2026-000100,2026-03-05T09:10:00+08:00,dispatch,agent,li.01,\n"
                              "T2026-000100,2026-03-05T09:20:00+08:00,assess,li.01,,白膜为自然氧化\n"
                              "T2026-000100,2026-03-05T10:00:00+08:00,resolve,li.01,,\n"
                              "T2026-000100,2026-03-06T10:00:00+08:00,survey,agent,5,\n";
    auto e = run(ImportKind::Events, events);
    ASSERT_TRUE(e.problems.isEmpty()) << qPrintable(e.problems.first().text());
    ticket = store->tickets().findByNumber(QStringLiteral("T2026-000100"));
    EXPECT_EQ(ticket->state.stage, Stage::Surveyed);
    EXPECT_EQ(ticket->state.surveyScore, 5);
    EXPECT_EQ(ticket->version, 5);

    // New numbers go past imported ones.
    EXPECT_EQ(*store->tickets().allocateNumber(2026), QStringLiteral("T2026-000102"));
}

TEST_F(ImportTest, EventsOutOfOrderOrNotAllowedAreRefused)
{
    ASSERT_TRUE(run(ImportKind::Customers, kCustomers).problems.isEmpty());
    ASSERT_TRUE(run(ImportKind::Orders, kOrders).problems.isEmpty());
    ASSERT_TRUE(run(ImportKind::Tickets, kTickets).problems.isEmpty());
    const QString before = dump(*store);
    const QByteArray events = "ticket_no,at,action\n"
                              "T2026-000101,2026-03-05T11:00:00+08:00,assess\n"
                              "T2026-000101,2026-03-05T10:30:00+08:00,plan\n"   // earlier than the previous
                              "T2026-000101,2026-03-05T12:00:00+08:00,close\n"  // not from assessed
                              "T2026-000999,2026-03-05T12:00:00+08:00,note\n"   // no such ticket
                              "T2026-000100,2026-03-01T12:00:00+08:00,note\n";  // before the report
    auto r = run(ImportKind::Events, events);
    ASSERT_EQ(r.problems.size(), 4);
    EXPECT_TRUE(r.problems.at(0).message.contains(QStringLiteral("time order")));
    EXPECT_EQ(r.problems.at(1).where, QStringLiteral("in.csv:4"));
    EXPECT_EQ(r.problems.at(2).where, QStringLiteral("in.csv:5"));
    EXPECT_TRUE(r.problems.at(3).message.contains(QStringLiteral("before the ticket was reported")));
    EXPECT_EQ(dump(*store), before);
}

TEST_F(ImportTest, ExportRoundTripsThroughImport)
{
    ASSERT_TRUE(run(ImportKind::Customers, kCustomers).problems.isEmpty());
    ASSERT_TRUE(run(ImportKind::Orders, kOrders).problems.isEmpty());
    ASSERT_TRUE(run(ImportKind::Tickets, kTickets).problems.isEmpty());
    ExportService exporter(*store);
    ASSERT_EQ(*exporter.exportCustomers(db.file(QStringLiteral("c.csv"))), 3);
    ASSERT_EQ(*exporter.exportTickets(db.file(QStringLiteral("t.csv"))), 2);

    TempDatabase other;
    auto copy = other.open();
    ImportService importer(*copy);
    ASSERT_TRUE(importer.importFile(ImportKind::Customers, db.file(QStringLiteral("c.csv")), false).problems.isEmpty());
    ASSERT_TRUE(importer.importData(ImportKind::Orders, kOrders, QStringLiteral("o.csv"), false).problems.isEmpty());
    auto t = importer.importFile(ImportKind::Tickets, db.file(QStringLiteral("t.csv")), false);
    ASSERT_TRUE(t.problems.isEmpty()) << qPrintable(t.problems.first().text());
    ExportService again(*copy);
    ASSERT_TRUE(again.exportCustomers(other.file(QStringLiteral("c.csv"))).ok());
    ASSERT_TRUE(again.exportTickets(other.file(QStringLiteral("t.csv"))).ok());
    for (const char* name : {"c.csv", "t.csv"}) {
        QFile a(db.file(QLatin1String(name))), b(other.file(QLatin1String(name)));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        EXPECT_EQ(a.readAll(), b.readAll()) << name;
    }
}
