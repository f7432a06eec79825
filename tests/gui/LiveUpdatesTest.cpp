// Team mode in the desk window: another desk's change reaches this desk's queue and board by itself,
// the audit viewer checks a PostgreSQL trail, and Settings → Connect to: saves a usable database choice only.
#include "GuiTestDatabase.h"
#include "app/storage/ChangeFeed.h"
#include "app/storage/StoreOpener.h"
#include "gui/board/NextBreachModel.h"
#include "gui/board/SlaBoardWindow.h"
#include "gui/main/DeskSession.h"
#include "gui/main/LiveUpdates.h"
#include "gui/main/MainWindow.h"
#include "gui/security/AuditTableModel.h"
#include "gui/security/AuditViewerWindow.h"
#include "gui/settings/DatabaseSetting.h"
#include "gui/settings/DatabaseSettingWidget.h"
#include "gui/settings/SettingsDialog.h"
#include "storage/postgres/PostgresStore.h"
#include "support/PgScratch.h"
#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {
QLabel* countLabel(MainWindow& w)
{
    return w.findChild<QLabel*>(QStringLiteral("countLabel"));
}

// A report of a minute ago for customer `code`, as another desk logs it.
NewTicket reportFor(const QString& code, const QString& title, const Clock& clock)
{
    NewTicket in;
    in.customerCode = code;
    in.title = title;
    in.category = Category::Porosity;
    in.reportedAt = clock.now() - 60;
    return in;
}
}  // namespace

TEST(LiveUpdates, AnotherDesksTicketReachesTheQueueOnSqlite)
{
    GuiTestDatabase db;
    db.addCustomers(2);
    db.addTickets(5);
    auto store = StoreOpener::open(db.path(), {});
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    DeskSession session(std::move(store->store), db.path(), QStringLiteral("agent1"));
    MainWindow window(session);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return countLabel(window)->text().contains(QStringLiteral("5")); }, 10000));
    auto* updates = window.findChild<LiveUpdates*>(QStringLiteral("liveUpdates"));
    ASSERT_NE(updates, nullptr);
    EXPECT_FALSE(updates->feed()->pushes());
    QTest::qWait(300);  // the feed has read its first data_version

    // "Another desk": the test database's own connection, not the window's.
    QElapsedTimer timer;
    timer.start();
    db.createTicket(QStringLiteral("C001"), QStringLiteral("来自另一台工作站"));
    // SQLite's feed checks once a second; with the 250 ms gathering the queue shows it in about 1.3 s.
    ASSERT_TRUE(QTest::qWaitFor([&] { return countLabel(window)->text().contains(QStringLiteral("6")); }, 3000))
        << qPrintable(countLabel(window)->text());
    std::printf("SQLite: another connection's ticket in the queue after %lld ms\n",
                static_cast<long long>(timer.elapsed()));
}

// The queue and an open SLA board follow another desk's new ticket by themselves (the issue asks
// for 2 seconds), through LISTEN/NOTIFY rather than a timer: the board's own refresh interval is
// set far beyond the test.
TEST(LiveUpdates, AnotherDesksTicketReachesTheQueueAndTheBoardOnPostgresWithinTwoSeconds)
{
    PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    auto mine = StoreOpener::open(pg.url(), {});
    ASSERT_TRUE(mine.ok()) << qPrintable(mine.error().text());
    auto other = PostgresStore::open(pg.settings());
    ASSERT_TRUE(other.ok()) << qPrintable(other.error().text());
    SystemClock clock;
    TicketService otherDesk(**other, clock);
    Customer c = sampleCustomer(QStringLiteral("C1"));
    ASSERT_TRUE((*other)->write([&] { return (*other)->customers().upsert(c); }).ok());

    DeskSession session(std::move(mine->store), pg.url(), QStringLiteral("agent1"));
    MainWindow window(session);
    window.show();
    EXPECT_TRUE(window.windowTitle().contains(pg.settings().database));
    ASSERT_TRUE(QTest::qWaitFor([&] { return countLabel(window)->text().contains(QStringLiteral("0")); }, 10000));
    auto* board = new SlaBoardWindow(SlaBoardWorker::forDatabase(pg.url()), clock, &window);
    board->setWindowFlag(Qt::Window);
    board->setRefreshSeconds(3600);
    board->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return board->hasSnapshot(); }, 10000));
    EXPECT_EQ(board->snapshot().total().open, 0);
    auto* updates = window.findChild<LiveUpdates*>(QStringLiteral("liveUpdates"));
    ASSERT_NE(updates, nullptr);
    // The feed may have started listening before this line: ask its state, not for its signal.
    ASSERT_TRUE(QTest::qWaitFor([&] { return updates->isListening(); }, 5000));

    QElapsedTimer timer;
    timer.start();
    const NewTicket report = reportFor(c.code, QStringLiteral("来自另一台工作站"), clock);
    ASSERT_TRUE(otherDesk.create(report, QStringLiteral("li")).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return countLabel(window)->text().contains(QStringLiteral("1")); }, 2000))
        << qPrintable(countLabel(window)->text());
    const qint64 queueMs = timer.elapsed();
    ASSERT_TRUE(QTest::qWaitFor([&] { return board->snapshot().total().open == 1; }, 2000 - static_cast<int>(queueMs)))
        << board->snapshot().total().open;
    std::printf("PostgreSQL: another desk's ticket in the queue after %lld ms, on the board after %lld ms\n",
                static_cast<long long>(queueMs), static_cast<long long>(timer.elapsed()));
    ASSERT_EQ(board->nextModel()->rowCount(), 1);
}

// The audit viewer reads and checks the trail through the desk's store and a connection of its own
// to the same server, not a file.
TEST(TeamDesk, TheAuditViewerVerifiesThePostgresChain)
{
    PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    auto mine = StoreOpener::open(pg.url(), {});
    ASSERT_TRUE(mine.ok()) << qPrintable(mine.error().text());
    const Actor admin{QStringLiteral("admin"), Role::Admin, false};
    mine->store->setActor(admin);
    SystemClock clock;
    TicketService tickets(*mine->store, clock);
    Customer c = sampleCustomer(QStringLiteral("C1"));
    ASSERT_TRUE(mine->store->write([&] { return mine->store->customers().upsert(c); }).ok());
    for (int i = 0; i < 3; ++i) {
        const NewTicket report = reportFor(c.code, QStringLiteral("审计 %1").arg(i), clock);
        ASSERT_TRUE(tickets.create(report, QStringLiteral("admin")).ok());
    }
    DeskSession session(std::move(mine->store), pg.url(), QStringLiteral("admin"));
    AuditViewerWindow viewer(session);
    EXPECT_GE(viewer.model()->total(), 3);
    viewer.show();
    QSignalSpy verified(&viewer, &AuditViewerWindow::verified);
    QTest::mouseClick(viewer.findChild<QPushButton*>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    ASSERT_TRUE(verified.wait(20000));
    EXPECT_TRUE(verified.first().first().toBool()) << qPrintable(viewer.verifyResult());
    EXPECT_TRUE(viewer.verifyResult().contains(QStringLiteral("intact"))) << qPrintable(viewer.verifyResult());
}

TEST(DatabaseSetting, CommandLineThenEnvironmentThenSavedThenTheDesksFile)
{
    QTemporaryDir dir;
    isolateSettings(dir.path());
    qunsetenv("INGOTDESK_DB");
    EXPECT_EQ(DatabaseSetting::resolve({}, {}, QStringLiteral("/data/desk.db")).address, QStringLiteral("/data/desk.db"));
    DatabaseSetting::save({QStringLiteral("postgresql://wang@db/desk"), QStringLiteral("/home/wang/pw")});
    auto saved = DatabaseSetting::resolve({}, {}, QStringLiteral("/data/desk.db"));
    EXPECT_EQ(saved.address, QStringLiteral("postgresql://wang@db/desk"));
    EXPECT_EQ(saved.passwordFile, QStringLiteral("/home/wang/pw"));
    qputenv("INGOTDESK_DB", "/env/desk.db");
    EXPECT_EQ(DatabaseSetting::resolve({}, {}, QStringLiteral("/data/desk.db")).address, QStringLiteral("/env/desk.db"));
    EXPECT_EQ(DatabaseSetting::resolve(QStringLiteral("/cli.db"), {}, {}).address, QStringLiteral("/cli.db"));
    qunsetenv("INGOTDESK_DB");
}

TEST(DatabaseSetting, TheDialogRefusesAnAddressWithAPassword)
{
    QTemporaryDir dir;
    isolateSettings(dir.path());
    SettingsDialog dialog(QStringLiteral("/tmp/x.db"), QStringLiteral("agent1"));
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("databaseAddressEdit"));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("databaseHint"));
    ASSERT_NE(address, nullptr);
    ASSERT_NE(hint, nullptr);
    dialog.show();

    address->setText(QStringLiteral("postgresql://wang:secret@db/desk"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());  // not accepted
    EXPECT_TRUE(hint->text().contains(QStringLiteral("password"))) << qPrintable(hint->text());
    EXPECT_TRUE(DatabaseSetting::saved().address.isEmpty());

    address->setText(QStringLiteral("postgresql://wang@db:5433/desk"));
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(DatabaseSetting::saved().address, QStringLiteral("postgresql://wang@db:5433/desk"));
}
