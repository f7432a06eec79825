#include "GuiTestDatabase.h"
#include "GuiTestHelpers.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/queue/FilterBar.h"
#include "gui/queue/TicketQueueModel.h"
#include "gui/queue/TicketQueueView.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.addCustomers(3);
        m_db.addTechnicians(2);
        m_db.addTickets(25);
        auto store = SqliteStore::open(m_db.path());
        ASSERT_TRUE(store.ok());
        m_session = std::make_unique<DeskSession>(std::move(store).value(), m_db.path(), QStringLiteral("agent1"));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QLabel* countLabel() const { return m_window->findChild<QLabel*>(QStringLiteral("countLabel")); }

    GuiTestDatabase m_db;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace

TEST_F(MainWindowTest, StatusBarShowsCountAgentAndDatabase)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return countLabel()->text().contains(QStringLiteral("25")); }, 10000))
        << countLabel()->text().toStdString();
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("agentLabel"))->text().contains(QStringLiteral("agent1")));
    EXPECT_EQ(m_window->findChild<QLabel*>(QStringLiteral("dbLabel"))->text(), m_db.path());
}

TEST_F(MainWindowTest, FilterBarDrivesTheQueueAndSelectionTheDetailPane)
{
    auto* priority = m_window->findChild<QComboBox*>(QStringLiteral("priorityCombo"));
    priority->setCurrentIndex(priority->findData(priorityKey(Priority::P1)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return countLabel()->text().contains(QStringLiteral("7")); }, 10000))
        << countLabel()->text().toStdString();

    TicketQueueView* view = m_window->queueView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->queueModel()->rowCount() == 7; }, 10000));
    view->selectRow(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->detail()->currentNumber().isEmpty(); }, 10000));
    EXPECT_EQ(m_window->detail()->currentNumber(), m_window->queueModel()->numberAt(0));
}

TEST_F(MainWindowTest, CtrlNCreatesATicketThatTheQueueShows)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->queueModel()->totalCount() == 25; }, 10000));
    onNextModal([](QDialog* dialog) {
        auto* customer = dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit"));
        QTest::keyClicks(customer, QStringLiteral("C003"));
        QTest::keyClick(customer, Qt::Key_Return);
        auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(categoryKey(Category::Weight)));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Short weight"));
        dialog->findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    });
    QTest::keySequence(m_window.get(), QKeySequence::New);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->queueModel()->totalCount() == 26; }, 10000));
    EXPECT_FALSE(m_window->detail()->currentNumber().isEmpty());
    EXPECT_EQ(m_session->tickets().find(m_window->detail()->currentNumber())->title, QStringLiteral("Short weight"));
}
