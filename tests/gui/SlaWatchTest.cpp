#include "GuiTestDatabase.h"
#include "storage/sqlite/SqliteConnection.h"
#include "app/tickets/TicketService.h"
#include "gui/main/SlaWatch.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
constexpr int kNever = 24 * 3600 * 1000;  // the test decides when sweeps run

SlaSweepSummary sweepOnce(SlaWatch& watch)
{
    QSignalSpy swept(&watch, &SlaWatch::swept);
    QSignalSpy failed(&watch, &SlaWatch::failed);
    watch.sweepNow();
    EXPECT_TRUE(swept.wait(20000)) << (failed.isEmpty() ? "" : failed.first().first().toString().toStdString());
    return swept.isEmpty() ? SlaSweepSummary{} : swept.first().first().value<SlaSweepSummary>();
}
}  // namespace

TEST(SlaWatch, SweepsOnItsOwnThreadAndRecordsEachBreachOnce)
{
    test::GuiTestDatabase db;
    db.addCustomers(3);
    // Reported a fortnight ago and never answered: late on every calendar, whatever the hour now.
    for (int i = 0; i < 3; ++i) {
        NewTicket in;
        in.customerCode = QStringLiteral("C00%1").arg(i + 1);
        in.title = QStringLiteral("late %1").arg(i);
        in.priority = Priority::P1;
        in.category = Category::Porosity;
        in.reportedAt = db.clock().now() - 14 * 24 * 3600;
        ASSERT_TRUE(db.service().create(in, QStringLiteral("tester")).ok());
    }

    SlaWatch watch(QueuePageLoader::forDatabase(db.path()), nullptr, kNever, kNever);
    const SlaSweepSummary first = sweepOnce(watch);
    EXPECT_GT(first.stats.newBreachesTotal(), 0);
    EXPECT_FALSE(watch.isSweeping());

    const SlaSweepSummary second = sweepOnce(watch);
    EXPECT_EQ(second.stats.newBreachesTotal(), 0);
}

TEST(SlaWatch, SaysWhyWhenTheDatabaseCannotBeOpened)
{
    SlaWatch watch(QueuePageLoader::forDatabase(QStringLiteral("/nonexistent/ingotdesk.db")), nullptr, kNever, kNever);
    QSignalSpy failed(&watch, &SlaWatch::failed);
    watch.sweepNow();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_FALSE(watch.isSweeping());
}

TEST(SlaWatch, TellsTheSignedInPersonAboutTheirTicketsOnce)
{
    test::GuiTestDatabase db;
    db.addCustomers(2);
    db.addTechnicians(2);
    const Ticket mine = db.createTicket(QStringLiteral("C001"), QStringLiteral("mine"), Priority::P1);
    ASSERT_TRUE(db.service()
                    .act({mine.number, Action::Dispatch, QStringLiteral("tech1"), {}, std::nullopt, std::nullopt},
                         QStringLiteral("tester"))
                    .ok());
    db.createTicket(QStringLiteral("C002"), QStringLiteral("not mine"), Priority::P1);
    QSqlQuery q(static_cast<SqliteStore&>(db.store()).connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT next_at_risk_at, next_due_at FROM tickets WHERE id = %1").arg(mine.id)));
    ASSERT_TRUE(q.next());
    const qint64 atRisk = q.value(0).toLongLong();
    const qint64 due = q.value(1).toLongLong();
    q.finish();

    FixedClock clock(atRisk - 1);
    SlaWatch watch(QueuePageLoader::forDatabase(db.path()), nullptr, kNever, kNever, &clock);
    watch.setNoticeScope({QStringLiteral("tech1"), false, false});
    QSignalSpy noticed(&watch, &SlaWatch::noticed);
    sweepOnce(watch);
    EXPECT_EQ(noticed.size(), 0); // not at risk yet

    clock.set(atRisk);
    sweepOnce(watch);
    ASSERT_EQ(noticed.size(), 1);
    const auto first = noticed.takeFirst().first().value<QList<SlaNotice>>();
    ASSERT_EQ(first.size(), 1); // the other ticket is somebody else's
    EXPECT_EQ(first.first().number, mine.number);
    EXPECT_FALSE(first.first().breached);
    EXPECT_EQ(first.first().at, atRisk);

    sweepOnce(watch); // the next sweep stays silent
    EXPECT_EQ(noticed.size(), 0);

    clock.set(due + 60);
    sweepOnce(watch);
    ASSERT_EQ(noticed.size(), 1);
    const auto second = noticed.takeFirst().first().value<QList<SlaNotice>>();
    ASSERT_EQ(second.size(), 1);
    EXPECT_TRUE(second.first().breached);
    EXPECT_EQ(second.first().at, due);
}
