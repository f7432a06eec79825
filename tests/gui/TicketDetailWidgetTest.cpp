#include "GuiTestDatabase.h"
#include "GuiTestHelpers.h"
#include "app/customers/DispatchService.h"
#include "core/tickets/TicketStateMachine.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {

class TicketDetailWidgetTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.addCustomers(2);
        m_db.addTechnicians(2);
        m_ticket = m_db.createTicket(QStringLiteral("C001"), QStringLiteral("Porosity in batch B20260001"), Priority::P1);
        m_widget = std::make_unique<TicketDetailWidget>(m_db.service(), QStringLiteral("agent1"));
        auto technicians = m_db.store().technicians().all();
        ASSERT_TRUE(technicians.ok());
        m_widget->setTechnicians(technicians.value());
        m_widget->resize(520, 700);
        m_widget->show();
        m_widget->showTicket(m_ticket.number);
    }

    QStringList actionButtons() const
    {
        QStringList names;
        for (auto* b : m_widget->findChildren<QPushButton*>())
            if (b->objectName().startsWith(QLatin1String("action_")))  // replaced buttons lose their name
                names << b->objectName().mid(7);
        names.sort();
        return names;
    }

    QPushButton* button(Action action) const
    {
        return m_widget->findChild<QPushButton*>(QStringLiteral("action_") + actionKey(action));
    }

    int historyRows() const { return m_widget->findChild<QTreeView*>(QStringLiteral("historyView"))->model()->rowCount(); }

    // Clicks the action's button and fills its dialog through `fill`, then confirms it.
    void act(Action action, const std::function<void(QDialog*)>& fill = {})
    {
        QPushButton* b = button(action);
        ASSERT_NE(b, nullptr) << actionKey(action).toStdString();
        onNextModal([fill](QDialog* dialog) {
            if (fill)
                fill(dialog);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(b, Qt::LeftButton);
        QCoreApplication::processEvents();
    }

    GuiTestDatabase m_db;
    Ticket m_ticket;
    std::unique_ptr<TicketDetailWidget> m_widget;
};

QStringList keysOf(const QList<Action>& actions)
{
    QStringList keys;
    for (Action a : actions)
        keys << actionKey(a);
    keys.sort();
    return keys;
}

}  // namespace

TEST_F(TicketDetailWidgetTest, ShowsTheTicketAndOnlyTheActionsItsStageAllows)
{
    EXPECT_EQ(m_widget->currentNumber(), m_ticket.number);
    EXPECT_EQ(m_widget->findChild<QLabel*>(QStringLiteral("numberLabel"))->text(), m_ticket.number);
    EXPECT_EQ(m_widget->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("Porosity in batch B20260001"));
    EXPECT_TRUE(m_widget->findChild<QLabel*>(QStringLiteral("customerLabel"))->text().contains(QStringLiteral("江苏华宇")));
    EXPECT_EQ(m_widget->findChild<QLabel*>(QStringLiteral("stageLabel"))->text(), stageLabel(Stage::Reported));

    const QStringList expected = keysOf(TicketStateMachine::allowedActions(m_ticket.state));
    EXPECT_EQ(actionButtons(), expected);
    EXPECT_TRUE(expected.contains(QStringLiteral("assess")));
    EXPECT_FALSE(actionButtons().contains(QStringLiteral("close"))) << "a reported ticket cannot be closed";
    EXPECT_FALSE(actionButtons().contains(QStringLiteral("start")));
}

TEST_F(TicketDetailWidgetTest, AnActionIsRecordedAndAppearsInTheHistory)
{
    QSignalSpy changed(m_widget.get(), &TicketDetailWidget::ticketChanged);
    const int before = historyRows();
    const int version = m_widget->shownVersion();

    act(Action::Assess, [](QDialog* d) {
        typeText(d->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")), QStringLiteral("气孔 confirmed by photo"));
    });

    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(historyRows(), before + 1);
    EXPECT_GT(m_widget->shownVersion(), version);
    EXPECT_EQ(m_widget->findChild<QLabel*>(QStringLiteral("stageLabel"))->text(), stageLabel(Stage::Assessed));
    auto* history = m_widget->findChild<QTreeView*>(QStringLiteral("historyView"))->model();
    const int last = history->rowCount() - 1;
    EXPECT_EQ(history->index(last, 2).data().toString(), actionLabel(Action::Assess)) << "newest last";
    EXPECT_EQ(history->index(last, 4).data().toString(), QStringLiteral("气孔 confirmed by photo"));
    EXPECT_EQ(history->index(last, 1).data().toString(), QStringLiteral("agent1"));
    QTest::qWait(10);
    EXPECT_EQ(actionButtons(), keysOf(TicketStateMachine::allowedActions(m_db.service().find(m_ticket.number)->state)));
    EXPECT_NE(button(Action::Plan), nullptr);
}

TEST_F(TicketDetailWidgetTest, DispatchChoosesATechnician)
{
    act(Action::Dispatch, [](QDialog* d) {
        auto* combo = d->findChild<QComboBox*>(QStringLiteral("technicianCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("tech2")));
    });
    auto stored = m_db.service().find(m_ticket.number);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->state.assignee, QStringLiteral("tech2"));
    EXPECT_TRUE(m_widget->findChild<QLabel*>(QStringLiteral("assigneeLabel"))->text().contains(QStringLiteral("Technician 2")));
    auto* history = m_widget->findChild<QTreeView*>(QStringLiteral("historyView"))->model();
    EXPECT_TRUE(history->index(history->rowCount() - 1, 2).data().toString().contains(QStringLiteral("Technician 2 (tech2)")))
        << "the value travels with the action";
}

TEST_F(TicketDetailWidgetTest, DispatchOffersTheEnginesRankingWithItsReasons)
{
    m_widget->setDispatchAdvisor([](const QString&) -> Result<DispatchRanking> {
        DispatchRanking ranking;
        DispatchSuggestion best;
        best.rank = 1;
        best.login = QStringLiteral("tech2");
        best.name = QStringLiteral("Technician 2");
        best.score = 80;
        best.factors << DispatchFactor{QStringLiteral("skill"), 40, QStringLiteral("skilled in porosity")};
        DispatchSuggestion other = best;
        other.rank = 2;
        other.login = QStringLiteral("tech1");
        other.name = QStringLiteral("Technician 1");
        other.eligible = false;
        ranking.suggestions << best << other;
        ranking.warnings << QStringLiteral("everybody is busy");
        return ranking;
    });
    QStringList order;
    QString advice;
    QString tooltip;
    act(Action::Dispatch, [&](QDialog* d) {
        auto* combo = d->findChild<QComboBox*>(QStringLiteral("technicianCombo"));
        for (int i = 0; i < combo->count(); ++i)
            order << combo->itemData(i).toString();
        tooltip = combo->itemData(0, Qt::ToolTipRole).toString();
        advice = d->findChild<QLabel*>(QStringLiteral("adviceLabel"))->text();
    });
    EXPECT_EQ(order, (QStringList{QStringLiteral("tech2"), QStringLiteral("tech1")}));
    EXPECT_TRUE(tooltip.contains(QStringLiteral("skilled in porosity")));
    EXPECT_TRUE(advice.contains(QStringLiteral("Technician 2")));
    EXPECT_TRUE(advice.contains(QStringLiteral("everybody is busy")));
    EXPECT_EQ(m_db.service().find(m_ticket.number)->state.assignee, QStringLiteral("tech2")) << "the best one was preselected";
}

TEST_F(TicketDetailWidgetTest, DispatchRankingFromTheRealEngineListsEveryTechnician)
{
    m_widget->setDispatchAdvisor(
        [this](const QString& number) { return DispatchService(m_db.store(), m_db.clock()).suggest(number); });
    int count = 0;
    act(Action::Dispatch, [&count](QDialog* d) { count = d->findChild<QComboBox*>(QStringLiteral("technicianCombo"))->count(); });
    EXPECT_EQ(count, 2);
    EXPECT_FALSE(m_db.service().find(m_ticket.number)->state.assignee.isEmpty());
}

TEST_F(TicketDetailWidgetTest, CancellingNeedsAReason)
{
    bool okWasDisabled = false;
    act(Action::Cancel, [&okWasDisabled](QDialog* d) {
        okWasDisabled = !d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
        QTest::keyClicks(d->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")), QStringLiteral("duplicate of T2026-000001"));
    });
    EXPECT_TRUE(okWasDisabled);
    auto stored = m_db.service().find(m_ticket.number);
    EXPECT_EQ(stored->state.stage, Stage::Cancelled);
    QTest::qWait(10);
    EXPECT_EQ(actionButtons(), QStringList{QStringLiteral("note")});
}

TEST_F(TicketDetailWidgetTest, AStaleEditIsRefusedAndTheTicketReloaded)
{
    // Another desk assesses the ticket after this one showed it.
    TicketService::ActionInput other;
    other.number = m_ticket.number;
    other.action = Action::Assess;
    ASSERT_TRUE(m_db.service().act(other, QStringLiteral("other-desk")).ok());

    QSignalSpy changed(m_widget.get(), &TicketDetailWidget::ticketChanged);
    act(Action::Assess);
    EXPECT_EQ(changed.size(), 0);
    auto* message = m_widget->findChild<QLabel*>(QStringLiteral("messageLabel"));
    EXPECT_FALSE(message->isHidden());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(m_widget->findChild<QLabel*>(QStringLiteral("stageLabel"))->text(), stageLabel(Stage::Assessed))
        << "reloaded to what the other desk did";
    EXPECT_EQ(m_widget->shownVersion(), m_db.service().find(m_ticket.number)->version);
}
