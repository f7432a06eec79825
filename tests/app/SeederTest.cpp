#include "app/io/ExportService.h"
#include "app/seed/DemoSeeder.h"
#include "core/tickets/TicketStateMachine.h"
#include "support/TempDatabase.h"

#include <QFile>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
DemoSeeder::Options options(quint64 seed)
{
    DemoSeeder::Options o;
    o.tickets = 400;
    o.seed = seed;
    o.from = 1'767'196'800;  // 2026-01-01T00:00:00+08:00
    o.to = o.from + 120LL * 86400;
    return o;
}

QByteArray exported(const TempDatabase& db, SqliteStore& store)
{
    ExportService e(store);
    EXPECT_TRUE(e.exportTickets(db.file(QStringLiteral("t.csv"))).ok());
    QFile f(db.file(QStringLiteral("t.csv")));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
}  // namespace

TEST(DemoSeeder, SameSeedSameData)
{
    TempDatabase a, b, c;
    auto sa = a.open(), sb = b.open(), sc = c.open();
    ASSERT_TRUE(DemoSeeder(*sa).run(options(42)).ok());
    ASSERT_TRUE(DemoSeeder(*sb).run(options(42)).ok());
    ASSERT_TRUE(DemoSeeder(*sc).run(options(43)).ok());
    EXPECT_EQ(exported(a, *sa), exported(b, *sb));
    EXPECT_NE(exported(a, *sa), exported(c, *sc));
}

TEST(DemoSeeder, HistoriesReplayToTheStoredStateAndCoverTheLoop)
{
    TempDatabase db;
    auto store = db.open();
    auto summary = DemoSeeder(*store).run(options(5));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->tickets, 400);
    EXPECT_EQ(summary->customers, 50);
    QSet<Stage> stages;
    int checked = 0;
    ASSERT_TRUE(store->tickets()
                    .forEach([&](const Ticket& t) {
                        auto history = store->tickets().events(t.id);
                        auto state = TicketStateMachine::replay(t.state.reportedAt, *history);
                        ASSERT_TRUE(state.ok()) << qPrintable(t.number);
                        EXPECT_EQ(*state, t.state) << qPrintable(t.number);
                        stages.insert(t.state.stage);
                        ++checked;
                    })
                    .ok());
    EXPECT_EQ(checked, 400);
    for (Stage s : {Stage::Closed, Stage::Cancelled, Stage::InProgress})
        EXPECT_TRUE(stages.contains(s)) << qPrintable(stageKey(s));
}
