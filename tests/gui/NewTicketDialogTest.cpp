#include "GuiTestDatabase.h"
#include "GuiTestHelpers.h"
#include "gui/intake/NewTicketDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {

class NewTicketDialogTest : public ::testing::Test {
protected:
    void SetUp() override { m_db.addCustomers(5); }

    std::unique_ptr<NewTicketDialog> open()
    {
        auto dialog = std::make_unique<NewTicketDialog>(m_db.store(), m_db.service(), QStringLiteral("agent1"));
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->activateWindow();
        return dialog;
    }

    template <class W>
    static W* child(QWidget* parent, const char* name)
    {
        auto* w = parent->findChild<W*>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    // Types like an agent: part of the customer's name, Enter for the first match, then the rest.
    void fillValidTicket(NewTicketDialog& dialog, const QString& title)
    {
        auto* customer = child<QLineEdit>(&dialog, "customerEdit");
        customer->setFocus();
        typeText(customer, QStringLiteral("华宇"));
        QTest::keyClick(customer, Qt::Key_Return);
        auto* category = child<QComboBox>(&dialog, "categoryCombo");
        category->setCurrentIndex(category->findData(categoryKey(Category::Oxidation)));
        QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), title);
    }

    GuiTestDatabase m_db;
};

}  // namespace

TEST_F(NewTicketDialogTest, CreatesATicketFromTheKeyboard)
{
    auto dialog = open();
    auto* ok = child<QPushButton>(dialog.get(), "createButton");
    EXPECT_FALSE(ok->isEnabled());

    auto* customer = child<QLineEdit>(dialog.get(), "customerEdit");
    typeText(customer, QStringLiteral("华宇"));
    QTest::keyClick(customer, Qt::Key_Return);
    EXPECT_EQ(customer->text(), QStringLiteral("C001 · 江苏华宇蓄电池有限公司"));
    EXPECT_EQ(dialog->focusWidget(), child<QComboBox>(dialog.get(), "orderCombo"))
        << "Enter moves on to the order, not " << dialog->focusWidget()->metaObject()->className() << " " << dialog->focusWidget()->objectName().toStdString();

    auto* orders = child<QComboBox>(dialog.get(), "orderCombo");
    ASSERT_EQ(orders->count(), 2);
    orders->setCurrentIndex(1);
    auto* category = child<QComboBox>(dialog.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(categoryKey(Category::Porosity)));
    auto* priority = child<QComboBox>(dialog.get(), "priorityCombo");
    priority->setCurrentIndex(priority->findData(priorityKey(Priority::P1)));
    EXPECT_FALSE(ok->isEnabled()) << "no title yet";
    typeText(child<QLineEdit>(dialog.get(), "titleEdit"), QStringLiteral("铅锭表面气孔"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), "descriptionEdit"), QStringLiteral("20 bundles"));
    ASSERT_TRUE(ok->isEnabled());

    QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    const QString number = dialog->createdNumber();
    ASSERT_FALSE(number.isEmpty());

    auto stored = m_db.service().find(number);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->customerCode, QStringLiteral("C001"));
    EXPECT_EQ(stored->orderNo, QStringLiteral("SO-0001"));
    EXPECT_EQ(stored->batchNo, QStringLiteral("B20260001")) << "the batch comes with the order";
    EXPECT_EQ(stored->category, Category::Porosity);
    EXPECT_EQ(stored->priority, Priority::P1);
    EXPECT_EQ(stored->title, QStringLiteral("铅锭表面气孔"));
    EXPECT_EQ(stored->description, QStringLiteral("20 bundles"));
    EXPECT_EQ(stored->reporter, QStringLiteral("张工")) << "the customer's contact is proposed";
}

TEST_F(NewTicketDialogTest, SaysWhatIsMissingAndKeepsOkDisabled)
{
    auto dialog = open();
    auto* ok = child<QPushButton>(dialog.get(), "createButton");
    auto* customer = child<QLineEdit>(dialog.get(), "customerEdit");
    auto* customerError = child<QLabel>(dialog.get(), "customerError");
    EXPECT_TRUE(customerError->isHidden()) << "no red text before the agent typed anything";

    QTest::keyClicks(customer, QStringLiteral("nobody-like-this"));
    QTest::keyClick(customer, Qt::Key_Return);
    EXPECT_FALSE(customerError->isHidden());
    EXPECT_FALSE(customerError->text().isEmpty());

    QTest::keyClicks(child<QLineEdit>(dialog.get(), "titleEdit"), QStringLiteral("x"));
    EXPECT_FALSE(child<QLabel>(dialog.get(), "titleError")->isHidden()) << "one character is too short";
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog.get(), "validationLabel")->text().contains(QStringLiteral("customer")));

    // Editing a picked customer's text unpicks it.
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("C002"));
    QTest::keyClick(customer, Qt::Key_Return);
    EXPECT_TRUE(customerError->isHidden());
    QTest::keyClick(customer, Qt::Key_Backspace);
    EXPECT_FALSE(customerError->isHidden());
}

TEST_F(NewTicketDialogTest, OffersTheDraftOfAnUnfinishedTicket)
{
    {
        auto dialog = open();
        EXPECT_TRUE(child<QWidget>(dialog.get(), "draftBanner")->isHidden());
        fillValidTicket(*dialog, QStringLiteral("Oxide film on 3 bundles"));
        dialog->reject();  // the phone rang
    }
    auto dialog = open();
    ASSERT_FALSE(child<QWidget>(dialog.get(), "draftBanner")->isHidden());
    EXPECT_TRUE(child<QLineEdit>(dialog.get(), "titleEdit")->text().isEmpty()) << "offered, not forced";
    QTest::mouseClick(child<QPushButton>(dialog.get(), "restoreDraftButton"), Qt::LeftButton);

    EXPECT_EQ(child<QLineEdit>(dialog.get(), "titleEdit")->text(), QStringLiteral("Oxide film on 3 bundles"));
    EXPECT_EQ(child<QComboBox>(dialog.get(), "categoryCombo")->currentData().toString(), categoryKey(Category::Oxidation));
    auto* ok = child<QPushButton>(dialog.get(), "createButton");
    ASSERT_TRUE(ok->isEnabled()) << "the customer was restored as picked";
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_FALSE(dialog->createdNumber().isEmpty());

    auto next = open();
    EXPECT_TRUE(child<QWidget>(next.get(), "draftBanner")->isHidden()) << "a created ticket is no longer a draft";
}

TEST_F(NewTicketDialogTest, DiscardingTheDraftForgetsIt)
{
    {
        auto dialog = open();
        QTest::keyClicks(child<QLineEdit>(dialog.get(), "titleEdit"), QStringLiteral("half typed"));
    }
    {
        auto dialog = open();
        QTest::mouseClick(child<QPushButton>(dialog.get(), "discardDraftButton"), Qt::LeftButton);
        EXPECT_TRUE(child<QWidget>(dialog.get(), "draftBanner")->isHidden());
    }
    auto dialog = open();
    EXPECT_TRUE(child<QWidget>(dialog.get(), "draftBanner")->isHidden());
}
