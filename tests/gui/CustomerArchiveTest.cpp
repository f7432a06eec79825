#include "GuiTestDatabase.h"
#include "app/customers/ServiceTaskService.h"
#include "app/customers/TierService.h"
#include "app/seed/DemoSeeder.h"
#include "gui/customers/CustomerArchiveWindow.h"
#include "gui/customers/CustomerDeskActions.h"
#include "gui/customers/CustomerTicketsModel.h"
#include "gui/customers/SatisfactionTrendWidget.h"
#include "gui/customers/ServiceTasksPanel.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {

// A seeded desk: 20 customers, 1,200 tickets over the last year; C00001 made a key account with a
// tier override and its month's follow-up tasks, so that every section of its archive has content.
class CustomerArchiveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoSeeder::Options options;
        options.customers = 20;
        options.tickets = 1200;
        options.seed = 5;
        options.to = m_db.clock().now();
        options.from = options.to - 365 * 86400;
        ASSERT_TRUE(DemoSeeder(m_db.store()).run(options).ok());
        ASSERT_TRUE(TierService(m_db.store(), m_db.clock())
                        .override(kCode, Tier::A, QStringLiteral("strategic battery account"), QStringLiteral("admin"))
                        .ok());
        const LocalMonth month = LocalMonth::containing(m_db.clock().now());
        ASSERT_TRUE(ServiceTaskService(m_db.store(), m_db.clock()).generate(month, false).ok());
    }

    template <class T> static T* child(QWidget* w, const char* name)
    {
        T* c = w->findChild<T*>(QLatin1String(name));
        EXPECT_NE(c, nullptr) << name;
        return c;
    }

    const QString kCode = QStringLiteral("C00001");
    GuiTestDatabase m_db;
};

} // namespace

TEST_F(CustomerArchiveTest, EverySectionOfASeededCustomerIsFilled)
{
    CustomerArchiveWindow window(m_db.store(), m_db.clock());
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    QAbstractItemModelTester tester(window.ticketsModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(window.showCustomer(kCode).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    std::printf("[ measure  ] archive window of %d tickets shown in %lld ms\n", window.ticketsModel()->rowCount(),
                static_cast<long long>(timer.elapsed()));

    const CustomerArchive& a = *window.archive();
    EXPECT_TRUE(child<QLabel>(&window, "nameLabel")->text().contains(a.customer.name));
    EXPECT_EQ(child<QLabel>(&window, "tierLabel")->text(), QStringLiteral("Tier A (override)"));
    EXPECT_TRUE(child<QLabel>(&window, "healthLabel")->text().startsWith(QStringLiteral("Health ")));
    for (const char* name : {"subtitleLabel", "regionValue", "industryValue", "volumeValue", "yearsValue",
                             "contactValue", "phoneValue", "emailValue", "satisfactionLabel", "totalsLabel"})
        EXPECT_FALSE(child<QLabel>(&window, name)->text().trimmed().isEmpty()) << name;
    EXPECT_TRUE(child<QLabel>(&window, "tierReasonsLabel")->text().contains(QStringLiteral("override")));
    EXPECT_EQ(child<QLabel>(&window, "healthPartsLabel")->text().count(QStringLiteral("• ")), 4);

    auto* trend = child<SatisfactionTrendWidget>(&window, "satisfactionTrend");
    ASSERT_EQ(trend->months().size(), 12);
    EXPECT_TRUE(std::any_of(trend->months().begin(), trend->months().end(),
                            [](const CustomerArchive::MonthScore& m) { return m.surveys > 0; }));

    auto* tickets = child<QTableView>(&window, "ticketsView");
    EXPECT_GT(tickets->model()->rowCount(), 20);
    EXPECT_EQ(tickets->model()->rowCount(), a.tickets.size());
    EXPECT_FALSE(tickets->model()->index(0, CustomerTicketsModel::OutcomeColumn).data().toString().isEmpty());
    EXPECT_GT(child<QTableWidget>(&window, "ordersTable")->rowCount(), 0);
    EXPECT_GT(child<QTableWidget>(&window, "tasksTable")->rowCount(), 0); // the A account's follow-up visit
    EXPECT_EQ(child<QTableWidget>(&window, "tierHistoryTable")->rowCount(), 1);
    EXPECT_TRUE(
        child<QTableWidget>(&window, "tierHistoryTable")->item(0, 4)->text().contains(QStringLiteral("strategic")));
    auto* tabs = child<QTabWidget>(&window, "tabs");
    EXPECT_TRUE(tabs->tabText(0).contains(QString::number(a.tickets.size())));
}

TEST_F(CustomerArchiveTest, UnknownCustomerSaysWhy)
{
    CustomerArchiveWindow window(m_db.store(), m_db.clock());
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    EXPECT_FALSE(window.showCustomer(QStringLiteral("NOPE")).ok());
    EXPECT_TRUE(child<QLabel>(&window, "messageLabel")->text().contains(QStringLiteral("NOPE")));
}

TEST_F(CustomerArchiveTest, MenuActionOpensTheShownTicketsCustomerAndDoubleClickShowsATicket)
{
    auto store = SqliteStore::open(m_db.path());
    ASSERT_TRUE(store.ok());
    DeskSession session(std::move(store).value(), m_db.path(), QStringLiteral("agent1"));
    MainWindow main(session);
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));

    auto* actions = main.findChild<CustomerDeskActions*>(QStringLiteral("customerDeskActions"));
    ASSERT_NE(actions, nullptr);
    EXPECT_EQ(actions->archiveAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));

    // The first ticket of C00001 shown in the detail pane, then the archive for its customer.
    CustomerArchiveWindow probe(m_db.store(), m_db.clock());
    probe.setAttribute(Qt::WA_DeleteOnClose, false);
    ASSERT_TRUE(probe.showCustomer(kCode).ok());
    const QString number = probe.archive()->tickets.last().number;
    main.detail()->showTicket(number);
    ASSERT_EQ(main.detail()->currentNumber(), number);
    actions->archiveAction()->trigger();

    CustomerArchiveWindow* opened = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* a = qobject_cast<CustomerArchiveWindow*>(w); a && a != &probe && a->isVisible())
                    opened = a;
            return opened != nullptr;
        },
        5000));
    ASSERT_TRUE(opened->archive().has_value());
    EXPECT_EQ(opened->archive()->customer.code, kCode);

    // A double-click on another ticket of the customer shows it in the desk's ticket pane.
    ASSERT_TRUE(QTest::qWaitForWindowExposed(opened));
    auto* view = opened->findChild<QTableView*>(QStringLiteral("ticketsView"));
    const QModelIndex first = view->model()->index(0, 0);
    view->scrollTo(first);
    const QRect cell = view->visualRect(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(main.detail()->currentNumber(), opened->archive()->tickets.first().number);
    opened->close();
}

TEST_F(CustomerArchiveTest, ServiceTasksAppearInTheirOwnersListAndCloseWithANote)
{
    auto tasks = ServiceTaskService(m_db.store(), m_db.clock()).list(ServiceTaskQuery{});
    ASSERT_TRUE(tasks.ok());
    ASSERT_FALSE(tasks->isEmpty()) << "the fixture generated this month's tasks";
    const QString owner = tasks->first().owner;
    ASSERT_FALSE(owner.isEmpty());

    auto store = SqliteStore::open(m_db.path());
    ASSERT_TRUE(store.ok());
    (*store)->setActor(Actor{owner, Role::Technician, false});
    DeskSession session(std::move(store).value(), m_db.path(), owner);
    MainWindow main(session);
    auto* actions = main.findChild<CustomerDeskActions*>(QStringLiteral("customerDeskActions"));
    ASSERT_NE(actions, nullptr);
    ServiceTasksPanel* panel = actions->serviceTasks();
    ASSERT_NE(panel, nullptr);

    int mine = 0;
    for (const ServiceTask& t : *tasks)
        mine += t.owner == owner ? 1 : 0;
    EXPECT_EQ(panel->taskCount(), mine) << "only the signed-in owner's open tasks";
    EXPECT_FALSE(main.findChild<QDockWidget*>(QStringLiteral("serviceTasksDock"))->isHidden())
        << "shown at start because there are tasks";

    auto* table = child<QTableWidget>(panel, "tasksTable");
    table->selectRow(0);
    ASSERT_TRUE(panel->finishSelected(ServiceTaskStatus::Done, QStringLiteral("visited, storage advice given")));
    EXPECT_EQ(panel->taskCount(), mine - 1);

    child<QCheckBox>(panel, "mineOnlyCheck")->setChecked(false);
    EXPECT_EQ(panel->taskCount(), static_cast<int>(tasks->size()) - 1) << "everybody's open tasks";
}
