#include "GuiTestDatabase.h"
#include "GuiTestHelpers.h"
#include "app/quality/ImprovementService.h"
#include "gui/intake/NewTicketDialog.h"
#include "gui/quality/BatchTraceWindow.h"
#include "gui/quality/ImprovementActionsWindow.h"
#include "gui/quality/KnowledgeSuggestions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {

template <class W> W* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<W*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

class QualityWidgetsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.addCustomers(3);
        // Batch B2026-SHARED went to C001 and C002.
        ASSERT_TRUE(m_db.store().write([&]() -> Status {
            for (const char* c : {"C001", "C002"}) {
                Order o;
                o.orderNo = QStringLiteral("SH-") + QLatin1String(c);
                o.customerCode = QLatin1String(c);
                o.grade = QStringLiteral("Pb99.994");
                o.batchNo = QStringLiteral("B2026-SHARED");
                o.quantityT = 40;
                o.valueFen = 1000;
                if (auto st = m_db.store().orders().upsert(o); !st)
                    return st;
            }
            return success();
        }));
    }

    QString logTicket(const char* customer, const char* order, Category category, const QString& title)
    {
        NewTicket t;
        t.customerCode = QLatin1String(customer);
        t.orderNo = QLatin1String(order);
        t.category = category;
        t.title = title;
        auto created = m_db.service().create(t, QStringLiteral("agent1"));
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->number : QString();
    }

    GuiTestDatabase m_db;
};

} // namespace

TEST_F(QualityWidgetsTest, SuggestionsFollowTheTitleAfterAPause)
{
    QLineEdit title;
    QPlainTextEdit description;
    QComboBox category;
    KnowledgeSuggestions panel(m_db.store());
    panel.setLanguage(QStringLiteral("zh"));
    panel.watch(&title, &description, &category);
    QSignalSpy spy(&panel, &KnowledgeSuggestions::suggestionsChanged);
    spy.clear(); // setLanguage scheduled one refresh; only typing counts here

    typeText(&title, QStringLiteral("到货表面"));
    typeText(&title, QStringLiteral("有白色氧化膜"));
    EXPECT_EQ(spy.count(), 0); // still typing: nothing searched yet
    ASSERT_TRUE(spy.wait(KnowledgeSuggestions::kDebounceMs * 8));
    QTest::qWait(KnowledgeSuggestions::kDebounceMs * 2);
    EXPECT_EQ(spy.count(), 1); // one search for the whole burst
    ASSERT_FALSE(panel.shownCodes().isEmpty());
    EXPECT_EQ(panel.shownCodes().first(), QStringLiteral("KB-OXI-01"));
    EXPECT_TRUE(child<QTextBrowser>(&panel, "kbDetail")->toPlainText().contains(QStringLiteral("GB/T 469")));
}

TEST_F(QualityWidgetsTest, EnglishSuggestionsAndCategoryAlone)
{
    QLineEdit title;
    QPlainTextEdit description;
    QComboBox category;
    category.addItem(QStringLiteral("-"));
    category.addItem(QStringLiteral("Weight"), categoryKey(Category::Weight));
    KnowledgeSuggestions panel(m_db.store());
    panel.setLanguage(QStringLiteral("en"));
    panel.watch(&title, &description, &category);
    category.setCurrentIndex(1);
    panel.refreshNow();
    ASSERT_FALSE(panel.shownCodes().isEmpty());
    EXPECT_EQ(panel.shownCodes().first(), QStringLiteral("KB-WGT-01"));

    category.setCurrentIndex(0);
    QTest::keyClicks(&title, QStringLiteral("broken straps, loose bundles"));
    panel.refreshNow();
    ASSERT_FALSE(panel.shownCodes().isEmpty());
    EXPECT_EQ(panel.shownCodes().first(), QStringLiteral("KB-PKG-01"));
}

TEST_F(QualityWidgetsTest, NewTicketRecordsTheArticleThatSolvedIt)
{
    NewTicketDialog dialog(m_db.store(), m_db.service(), QStringLiteral("agent1"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* panel = child<KnowledgeSuggestions>(&dialog, "knowledgeSuggestions");
    ASSERT_TRUE(panel);
    panel->setLanguage(QStringLiteral("zh"));

    auto* customer = child<QLineEdit>(&dialog, "customerEdit");
    customer->setFocus();
    typeText(customer, QStringLiteral("华宇"));
    QTest::keyClick(customer, Qt::Key_Return);
    auto* category = child<QComboBox>(&dialog, "categoryCombo");
    category->setCurrentIndex(category->findData(categoryKey(Category::Oxidation)));
    typeText(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("铅锭表面发白氧化"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->shownCodes().isEmpty(), 3000);
    EXPECT_EQ(panel->shownCodes().first(), QStringLiteral("KB-OXI-01"));
    auto* solved = child<QCheckBox>(panel, "kbSolved");
    ASSERT_TRUE(solved->isEnabled());
    solved->setChecked(true);
    EXPECT_EQ(panel->solvedCode(), QStringLiteral("KB-OXI-01"));

    dialog.accept();
    ASSERT_FALSE(dialog.createdNumber().isEmpty());
    auto codes = m_db.store().quality().knowledge().solvedBy(dialog.createdNumber());
    ASSERT_TRUE(codes);
    EXPECT_EQ(*codes, QStringList{QStringLiteral("KB-OXI-01")});
}

TEST_F(QualityWidgetsTest, ImprovementActionFromDetectionToVerified)
{
    for (const char* t : {"打包带断裂", "包装破损", "标签缺失"})
        logTicket("C003", "", Category::Packaging, QString::fromUtf8(t));
    ImprovementActionsWindow window(m_db.store(), m_db.clock(), QStringLiteral("manager"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(&window, "detectButton"), Qt::LeftButton);
    ASSERT_EQ(window.model()->rowCount(), 1);
    const QString number = window.currentNumber();
    EXPECT_EQ(number, window.model()->item(0, 0)->text());
    EXPECT_EQ(window.model()->item(0, 5)->text(), QStringLiteral("3"));

    // Start needs an owner: refused with a message, then accepted.
    auto* error = child<QLabel>(&window, "errorLabel");
    QTest::mouseClick(child<QPushButton>(&window, "startButton"), Qt::LeftButton);
    EXPECT_TRUE(error->isVisible());
    child<QLineEdit>(&window, "ownerEdit")->setText(QStringLiteral("wangqiang"));
    QTest::mouseClick(child<QPushButton>(&window, "startButton"), Qt::LeftButton);
    EXPECT_FALSE(error->isVisible()) << qPrintable(error->text());
    ImprovementService service(m_db.store(), m_db.clock());
    EXPECT_EQ(service.find(number)->status, ImprovementStatus::InProgress);

    child<QPlainTextEdit>(&window, "rootCauseEdit")->setPlainText(QStringLiteral("打包带规格偏低"));
    child<QPlainTextEdit>(&window, "correctiveEdit")->setPlainText(QStringLiteral("改用 32 mm 钢带"));
    QTest::mouseClick(child<QPushButton>(&window, "verifyButton"), Qt::LeftButton);
    EXPECT_TRUE(error->isVisible()); // no verification yet
    child<QPlainTextEdit>(&window, "verificationEdit")->setPlainText(QStringLiteral("三个月无包装投诉"));
    QTest::mouseClick(child<QPushButton>(&window, "verifyButton"), Qt::LeftButton);
    auto a = service.find(number);
    EXPECT_EQ(a->status, ImprovementStatus::Verified);
    EXPECT_EQ(a->owner, QStringLiteral("wangqiang"));
    EXPECT_GE(child<QListWidget>(&window, "historyList")->count(), 4);
    EXPECT_TRUE(child<QPushButton>(&window, "closeButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&window, "startButton")->isEnabled());
}

TEST_F(QualityWidgetsTest, OverdueActionIsMarked)
{
    ImprovementService service(m_db.store(), m_db.clock());
    ImprovementAction late;
    late.title = QStringLiteral("交付延迟反复");
    late.dueAt = m_db.clock().now() - 86400;
    ASSERT_TRUE(service.create(late, QStringLiteral("manager")));
    ImprovementActionsWindow window(m_db.store(), m_db.clock(), QStringLiteral("manager"));
    ASSERT_EQ(window.model()->rowCount(), 1);
    EXPECT_TRUE(window.model()->item(0, 2)->text().contains(ImprovementActionsWindow::tr("overdue")));
    EXPECT_EQ(window.model()->item(0, 0)->foreground().color(), QColor(0xc6, 0x28, 0x28));
}

TEST_F(QualityWidgetsTest, BatchTraceFromBatchAndFromTicket)
{
    const QString t1 = logTicket("C001", "SH-C001", Category::Porosity, QStringLiteral("断面气孔"));
    logTicket("C002", "SH-C002", Category::Composition, QStringLiteral("铋超标"));
    BatchTraceWindow window(m_db.store(), m_db.clock());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* edit = child<QLineEdit>(&window, "batchEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("B2026-SHARED"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(window.deliveries()->rowCount(), 2);
    EXPECT_EQ(window.tickets()->rowCount(), 2);
    EXPECT_TRUE(window.summary().contains(QStringLiteral("B2026-SHARED")));

    window.trace(t1);
    EXPECT_EQ(window.tickets()->rowCount(), 2);
    EXPECT_TRUE(window.tickets()->item(0, 0)->font().bold());
    EXPECT_TRUE(window.summary().contains(t1));

    window.trace(QStringLiteral("NO-SUCH-BATCH"));
    EXPECT_EQ(window.deliveries()->rowCount(), 0);
    EXPECT_FALSE(window.summary().isEmpty());
}
