#include "app/audit/AuditTrail.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

class AuditRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
    }

    void record(const QString& entity, const QString& id, const QString& action, const QJsonObject& detail = {})
    {
        auto st = store->write([&] { return AuditTrail::record(*store, clock, entity, id, action, detail); });
        ASSERT_TRUE(st.ok()) << qPrintable(st.error().text());
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{kMay1};
};
}  // namespace

TEST_F(AuditRepositoryTest, DefaultActorIsTheSystem)
{
    EXPECT_EQ(store->actor().login, QStringLiteral("system"));
    EXPECT_FALSE(store->actor().localAdmin);
}

TEST_F(AuditRepositoryTest, AppendChainsEntriesAsTheCurrentActor)
{
    record(QStringLiteral("ticket"), QStringLiteral("T2026-000001"), QStringLiteral("create"),
           {{QStringLiteral("title"), QStringLiteral("气孔")}});
    store->setActor(Actor{QStringLiteral("root"), Role::Admin, true});
    clock.advance(60);
    record(QStringLiteral("customer"), QStringLiteral("C1"), QStringLiteral("tier"), {{QStringLiteral("tier"), QStringLiteral("A")}});

    auto page = store->audit().page({}, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 2);
    const AuditEntry& newest = page->at(0);
    const AuditEntry& first = page->at(1);
    EXPECT_EQ(newest.seq, 2);
    EXPECT_EQ(newest.actor, QStringLiteral("root"));
    EXPECT_TRUE(newest.localAdmin);
    EXPECT_EQ(newest.at, kMay1 + 60);
    EXPECT_EQ(newest.prevHash, first.hash);
    EXPECT_EQ(first.actor, QStringLiteral("system"));
    EXPECT_EQ(first.detail, QStringLiteral("{\"title\":\"气孔\"}"));
    EXPECT_EQ(first.prevHash, AuditChain::genesisHash());

    auto v = store->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->ok());
    EXPECT_EQ(v->checked, 2);
}

TEST_F(AuditRepositoryTest, AppendOutsideATransactionIsRefused)
{
    AuditEntry e;
    e.entity = QStringLiteral("ticket");
    EXPECT_FALSE(store->audit().append(e).ok());
    EXPECT_EQ(*store->audit().count({}), 0);
}

TEST_F(AuditRepositoryTest, EntryRollsBackWithItsChange)
{
    auto st = store->write([&]() -> Status {
        if (auto r = AuditTrail::record(*store, clock, QStringLiteral("ticket"), QStringLiteral("T1"), QStringLiteral("x")); !r)
            return r;
        return Error::badInput(QStringLiteral("the change failed"));
    });
    EXPECT_FALSE(st.ok());
    EXPECT_EQ(*store->audit().count({}), 0);
}

TEST_F(AuditRepositoryTest, PagesFilterByEntityActorAndTime)
{
    for (int i = 0; i < 30; ++i) {
        store->setActor(Actor{i % 3 == 0 ? QStringLiteral("zhang") : QStringLiteral("li"), Role::Agent, false});
        record(i % 2 == 0 ? QStringLiteral("ticket") : QStringLiteral("customer"), QStringLiteral("X%1").arg(i % 5),
               QStringLiteral("edit"));
        clock.advance(3600);
    }
    AuditQuery tickets;
    tickets.entity = QStringLiteral("ticket");
    EXPECT_EQ(*store->audit().count(tickets), 15);
    auto page = store->audit().page(tickets, 5, 4);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 4);
    EXPECT_EQ(page->at(0).seq, 19);  // newest first: 29, 27, 25, 23, 21 skipped
    EXPECT_EQ(page->at(3).seq, 13);

    AuditQuery byZhang;
    byZhang.actor = QStringLiteral("zhang");
    EXPECT_EQ(*store->audit().count(byZhang), 10);

    AuditQuery window;
    window.from = kMay1 + 3600 * 10;
    window.to = kMay1 + 3600 * 20;
    EXPECT_EQ(*store->audit().count(window), 10);

    AuditQuery one;
    one.entity = QStringLiteral("customer");
    one.entityId = QStringLiteral("X1");
    EXPECT_EQ(*store->audit().count(one), 3);
    auto latest = store->audit().latestFor(QStringLiteral("customer"), QStringLiteral("X1"));
    ASSERT_TRUE(latest.ok());
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ((*latest)->seq, 22);
}

TEST_F(AuditRepositoryTest, TheProgramCannotEditOrDeleteEntries)
{
    record(QStringLiteral("ticket"), QStringLiteral("T1"), QStringLiteral("create"));
    EXPECT_FALSE(store->connection().exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok());
    EXPECT_FALSE(store->connection().exec(QStringLiteral("DELETE FROM audit_log")).ok());
    EXPECT_EQ(*store->audit().count({}), 1);
}

TEST_F(AuditRepositoryTest, VerifyNamesTheFirstTamperedEntry)
{
    for (int i = 0; i < 10; ++i)
        record(QStringLiteral("ticket"), QStringLiteral("T%1").arg(i), QStringLiteral("create"));
    auto& c = store->connection();
    ASSERT_TRUE(c.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    ASSERT_TRUE(c.exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE seq = 7")).ok());
    auto v = store->audit().verify();
    ASSERT_TRUE(v.ok());
    ASSERT_FALSE(v->ok());
    EXPECT_EQ(v->firstBad->seq, 7);
    EXPECT_EQ(v->firstBad->actor, QStringLiteral("nobody"));
    EXPECT_EQ(v->checked, 6);
}

TEST_F(AuditRepositoryTest, ChainStaysWholeAcrossTwoConnections)
{
    auto other = db.open();
    ASSERT_TRUE(other);
    other->setActor(Actor{QStringLiteral("desk2"), Role::Agent, false});
    for (int i = 0; i < 20; ++i) {
        record(QStringLiteral("ticket"), QStringLiteral("A%1").arg(i), QStringLiteral("edit"));
        ASSERT_TRUE(other->write([&] {
                             return AuditTrail::record(*other, clock, QStringLiteral("ticket"), QStringLiteral("B%1").arg(i),
                                                       QStringLiteral("edit"));
                         }).ok());
    }
    auto v = store->audit().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->ok());
    EXPECT_EQ(v->checked, 40);
}
