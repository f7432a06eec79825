#include "gui/board/SlaBoardWindow.h"

#include "app/quality/KeywordService.h"
#include "app/seed/DemoSeeder.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"
#include "gui/GuiTestDatabase.h"
#include "gui/board/BoardCountersWidget.h"
#include "gui/board/ComplaintKeywordsPanel.h"
#include "gui/board/NextBreachModel.h"
#include "gui/board/SlaBoardActions.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/ticket/TicketDetailWidget.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/SqlRows.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {
qint64 local(const char* text)
{
    return *Instant::parse(QString::fromLatin1(text));
}

// Wednesday 10:00: every calendar is serving, so "not yet over" is simply due >= now.
const char* const kNow = "2026-06-10T10:00:00+08:00";

class SlaBoardWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoSeeder::Options o;
        o.tickets = 2000;
        o.seed = 3;
        o.from = local("2026-04-20T00:00:00+08:00");
        o.to = m_clock.now();
        auto seeded = DemoSeeder(m_db.store()).run(o);
        ASSERT_TRUE(seeded.ok()) << qPrintable(seeded.error().text());
        // Every breach recorded, so that the counters can be checked against sla_breaches alone.
        auto swept = SlaService(m_db.store(), m_clock).sweep(m_clock.now());
        ASSERT_TRUE(swept.ok());
    }

    std::unique_ptr<SlaBoardWindow> openBoard()
    {
        auto w = std::make_unique<SlaBoardWindow>(SlaBoardWorker::forDatabase(m_db.path()), m_clock);
        w->show();
        EXPECT_TRUE(QTest::qWaitFor([&] { return w->hasSnapshot(); }, 20000));
        return w;
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(static_cast<SqliteStore&>(m_db.store()).connection().database());
        EXPECT_TRUE(q.exec(sql)) << qPrintable(sql);
        EXPECT_TRUE(q.next());
        return q.value(0).toLongLong();
    }

    QString counter(SlaBoardWindow& w, const QString& row, const QString& column)
    {
        auto* label = w.findChild<QLabel*>(QStringLiteral("counter_%1_%2").arg(row, column));
        EXPECT_TRUE(label) << qPrintable(row + column);
        return label ? label->text() : QString();
    }

    GuiTestDatabase m_db;
    FixedClock m_clock{local(kNow)};
};
} // namespace

TEST_F(SlaBoardWindowTest, CountersMatchDirectSqlCounts)
{
    auto w = openBoard();
    const QLocale locale;
    const BoardPeriods p = BoardPeriods::at(m_clock.now());
    const QString open = openStagesSqlList();
    for (const QString& tier :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("total")}) {
        const QString tierCond =
            tier == QLatin1String("total") ? QString() : QStringLiteral(" AND t.tier = '%1'").arg(tier);
        const qint64 openCount =
            count(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.stage IN (%1)").arg(open) + tierCond);
        const qint64 month =
            count(QStringLiteral("SELECT COUNT(DISTINCT b.ticket_id) FROM sla_breaches b JOIN tickets t ON "
                                 "t.id = b.ticket_id WHERE b.breached_at >= %1 AND b.breached_at <= %2")
                      .arg(p.monthStart)
                      .arg(p.now) +
                  tierCond);
        const qint64 today =
            count(QStringLiteral("SELECT COUNT(DISTINCT b.ticket_id) FROM sla_breaches b JOIN tickets t ON "
                                 "t.id = b.ticket_id WHERE b.breached_at >= %1 AND b.breached_at <= %2")
                      .arg(p.dayStart)
                      .arg(p.now) +
                  tierCond);
        EXPECT_EQ(counter(*w, tier, QStringLiteral("open")), locale.toString(openCount)) << qPrintable(tier);
        EXPECT_EQ(counter(*w, tier, QStringLiteral("breachedMonth")), locale.toString(month)) << qPrintable(tier);
        EXPECT_EQ(counter(*w, tier, QStringLiteral("breachedToday")), locale.toString(today)) << qPrintable(tier);
        if (tier == QLatin1String("total")) {
            EXPECT_GT(openCount, 10);
        }
    }
    EXPECT_GT(w->snapshot().total().breachedMonth, 0);
}

TEST_F(SlaBoardWindowTest, NextToBreachIsInDueOrderAndOpensTheTicket)
{
    auto w = openBoard();
    NextBreachModel* model = w->nextModel();
    ASSERT_GT(model->rowCount(), 5);
    QStringList expected;
    QSqlQuery q(static_cast<SqliteStore&>(m_db.store()).connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT ticket_no FROM tickets WHERE stage IN (%1) AND next_due_at >= %2 "
                                      "ORDER BY next_due_at, id LIMIT %3")
                           .arg(openStagesSqlList())
                           .arg(m_clock.now())
                           .arg(model->rowCount())));
    while (q.next())
        expected << q.value(0).toString();
    QStringList shown;
    qint64 previous = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        shown << model->index(r, 0).data(NextBreachModel::NumberRole).toString();
        const qint64 due = model->index(r, 0).data(NextBreachModel::DueRole).toLongLong();
        EXPECT_GE(due, previous);
        EXPECT_GE(due, m_clock.now());
        previous = due;
    }
    EXPECT_EQ(shown, expected);

    QSignalSpy activated(w.get(), &SlaBoardWindow::ticketActivated);
    auto* view = w->findChild<QTableView*>(QStringLiteral("nextBreachView"));
    ASSERT_TRUE(view);
    const QRect cell = view->visualRect(model->index(1, 0));
    // A real double-click starts with a press: the view only reports the index it was pressed on.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), expected.at(1));
}

TEST_F(SlaBoardWindowTest, FilterRefreshesOnTheWorkerAndNarrowsTheCounters)
{
    auto w = openBoard();
    const int before = w->snapshotsReceived();
    auto* region = w->findChild<QComboBox*>(QStringLiteral("boardRegion"));
    ASSERT_TRUE(region);
    region->setCurrentIndex(region->findData(regionKey(Region::East)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->snapshotsReceived() > before; }, 20000));
    EXPECT_EQ(w->snapshot().filter.region, Region::East);
    EXPECT_EQ(
        counter(*w, QStringLiteral("total"), QStringLiteral("open")),
        QLocale().toString(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1) AND region = '%2'")
                                     .arg(openStagesSqlList(), regionKey(Region::East)))));
}

TEST_F(SlaBoardWindowTest, ComplaintKeywordsOfTheMonthAreCountedOffTheGuiThread)
{
    auto w = openBoard();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->hasKeywords(); }, 20000));
    const ComplaintKeywords& shown = w->keywordsPanel()->keywords();
    // The same as the service over the local month of the clock (June 2026), in the same order.
    auto expected = KeywordService(m_db.store()).month(QStringLiteral("2026-06"));
    ASSERT_TRUE(expected);
    EXPECT_EQ(shown, *expected);
    EXPECT_GT(shown.complaints, 100);
    ASSERT_EQ(shown.top.size(), KeywordService::kDefaultLimit);
    const QStringList lines = w->keywordsPanel()->lines();
    ASSERT_EQ(lines.size(), shown.top.size());
    EXPECT_TRUE(lines.first().startsWith(shown.top.first().word + QStringLiteral(" · ")));
    EXPECT_TRUE(lines.first().endsWith(QStringLiteral("%")));
    for (const auto& e : shown.top)
        EXPECT_NE(e.word, QStringLiteral("铅锭")); // a stop word

    // A refresh of the figures does not count them again (they are at most 10 minutes old).
    QSignalSpy counted(w.get(), &SlaBoardWindow::keywordsShown);
    QSignalSpy refreshed(w.get(), &SlaBoardWindow::refreshed);
    w->refresh();
    ASSERT_TRUE(refreshed.wait(20000));
    QTest::qWait(100);
    EXPECT_EQ(counted.count(), 0);
}

TEST_F(SlaBoardWindowTest, RefreshIntervalIsKeptInTheSettings)
{
    auto w = openBoard();
    EXPECT_EQ(w->refreshSeconds(), SlaBoardWindow::kDefaultRefreshSeconds);
    w->setRefreshSeconds(12);
    EXPECT_EQ(QSettings().value(SlaBoardWindow::refreshSettingKey()).toInt(), 12);
    w.reset();
    auto again = openBoard();
    EXPECT_EQ(again->refreshSeconds(), 12);
}

TEST_F(SlaBoardWindowTest, WallModeHidesTheControlsAndEscapeLeavesIt)
{
    auto w = openBoard();
    auto* controls = w->findChild<QWidget*>(QStringLiteral("boardControls"));
    ASSERT_TRUE(controls);
    const qreal normal = w->font().pointSizeF();
    QTest::keyClick(w.get(), Qt::Key_F11);
    EXPECT_TRUE(w->inWallMode());
    EXPECT_FALSE(controls->isVisible());
    EXPECT_GT(w->font().pointSizeF(), normal * 1.5);
    QTest::keyClick(w.get(), Qt::Key_Escape);
    EXPECT_FALSE(w->inWallMode());
    EXPECT_TRUE(controls->isVisible());
    EXPECT_DOUBLE_EQ(w->font().pointSizeF(), normal);
}

TEST_F(SlaBoardWindowTest, ExportsThePng)
{
    auto w = openBoard();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.png"));
    ASSERT_TRUE(w->exportPng(path));
    EXPECT_GT(QFileInfo(path).size(), 10'000);
}

TEST_F(SlaBoardWindowTest, DeskMenuOpensTheBoardAndItsTicketsInThePane)
{
    auto store = SqliteStore::open(m_db.path());
    ASSERT_TRUE(store.ok());
    DeskSession session(std::move(store).value(), m_db.path(), QStringLiteral("agent1"));
    MainWindow window(session);
    window.show();
    auto* actions = window.findChild<SlaBoardActions*>(QStringLiteral("slaBoardActions"));
    ASSERT_TRUE(actions);
    EXPECT_EQ(actions->boardAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    SlaBoardWindow* board = actions->openBoard();
    ASSERT_TRUE(board);
    ASSERT_TRUE(QTest::qWaitFor([&] { return board->hasSnapshot(); }, 20000));
    // The desk's clock is the real one, long after the seeded tickets ran out: take any ticket.
    QSqlQuery q(static_cast<SqliteStore&>(m_db.store()).connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT ticket_no FROM tickets ORDER BY id DESC LIMIT 1")) && q.next());
    const QString number = q.value(0).toString();
    emit board->ticketActivated(number);
    EXPECT_EQ(window.detail()->currentNumber(), number);
}
