#include "GuiTestDatabase.h"
#include "app/tickets/TicketService.h"
#include "gui/main/SlaWatch.h"

#include <QSignalSpy>
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

    SlaWatch watch(QueuePageLoader::sqliteFactory(db.path()), nullptr, kNever, kNever);
    const SlaSweepSummary first = sweepOnce(watch);
    EXPECT_GT(first.stats.newBreachesTotal(), 0);
    EXPECT_FALSE(watch.isSweeping());

    const SlaSweepSummary second = sweepOnce(watch);
    EXPECT_EQ(second.stats.newBreachesTotal(), 0);
}

TEST(SlaWatch, SaysWhyWhenTheDatabaseCannotBeOpened)
{
    SlaWatch watch(QueuePageLoader::sqliteFactory(QStringLiteral("/nonexistent/ingotdesk.db")), nullptr, kNever, kNever);
    QSignalSpy failed(&watch, &SlaWatch::failed);
    watch.sweepNow();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_FALSE(watch.isSweeping());
}
