// The knowledge base editor window (offscreen): search and filter the list, create with validation,
// edit with the unsaved-changes prompt, retire and restore, read-only for roles without kb.edit,
// and its entry in the Quality menu.
#include "GuiTestDatabase.h"
#include "GuiTestHelpers.h"
#include "app/quality/KnowledgeService.h"
#include "gui/quality/KnowledgeEditorWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
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

QStringList codes(const KnowledgeEditorWindow& w)
{
    QStringList out;
    for (int r = 0; r < w.model()->rowCount(); ++r)
        out << w.model()->item(r, KnowledgeEditorWindow::CodeColumn)->text();
    return out;
}

// Answers the next modal message box with `button` and records that one was shown.
void answerNextBox(QMessageBox::StandardButton button, bool* shown)
{
    onNextModal([button, shown](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        if (!box)
            return;
        *shown = true;
        box->button(button)->click();
    });
}

class KnowledgeEditorTest : public ::testing::Test {
protected:
    void SetUp() override { m_db.store().setActor(Actor{QStringLiteral("sup1"), Role::Supervisor, false}); }

    std::unique_ptr<KnowledgeEditorWindow> open()
    {
        auto w = std::make_unique<KnowledgeEditorWindow>(m_db.store(), m_db.clock(), QStringLiteral("sup1"));
        child<QComboBox>(w.get(), "languageFilter")->setCurrentIndex(1); // 中文
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }

    GuiTestDatabase m_db;
};

} // namespace

TEST_F(KnowledgeEditorTest, ListsTheStarterSetAndNarrowsByCategoryAndSearch)
{
    auto w = open();
    EXPECT_EQ(w->model()->rowCount(), 10); // the Chinese starter set
    auto* category = child<QComboBox>(w.get(), "categoryFilter");
    category->setCurrentIndex(category->findData(categoryKey(Category::Oxidation)));
    EXPECT_EQ(codes(*w), (QStringList{QStringLiteral("KB-OXI-01"), QStringLiteral("KB-SLG-01")}));
    category->setCurrentIndex(0);

    auto* search = child<QLineEdit>(w.get(), "searchEdit");
    typeText(search, QStringLiteral("打包带"));
    QTRY_VERIFY_WITH_TIMEOUT(w->model()->rowCount() < 10, 2000);
    ASSERT_GE(w->model()->rowCount(), 1);
    EXPECT_EQ(codes(*w).first(), QStringLiteral("KB-PKG-01"));
}

TEST_F(KnowledgeEditorTest, NewArticleIsValidatedThenSavedAndListed)
{
    auto w = open();
    QTest::mouseClick(child<QPushButton>(w.get(), "newButton"), Qt::LeftButton);
    auto* error = child<QLabel>(w.get(), "errorLabel");
    QTest::keyClicks(child<QLineEdit>(w.get(), "codeEdit"), QStringLiteral("KB-ED-09"));
    typeText(child<QLineEdit>(w.get(), "titleEdit"), QStringLiteral("托盘缠绕膜破损"));
    EXPECT_TRUE(w->isModified());
    QTest::mouseClick(child<QPushButton>(w.get(), "saveButton"), Qt::LeftButton);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("at least one")) ||
                error->text().contains(QStringLiteral("至少"))) << qPrintable(error->text());
    EXPECT_TRUE(child<QPlainTextEdit>(w.get(), "causeEdit")->hasFocus());

    typeText(child<QPlainTextEdit>(w.get(), "actionEdit"), QStringLiteral("补发缠绕膜并加固"));
    QTest::keySequence(w.get(), QKeySequence::Save);
    EXPECT_FALSE(error->isVisible());
    EXPECT_FALSE(w->isModified());
    EXPECT_EQ(w->currentCode(), QStringLiteral("KB-ED-09"));
    EXPECT_TRUE(codes(*w).contains(QStringLiteral("KB-ED-09")));
    auto stored = KnowledgeService(m_db.store(), m_db.clock()).find(QStringLiteral("KB-ED-09"), QStringLiteral("zh"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->action, QStringLiteral("补发缠绕膜并加固"));
    EXPECT_EQ(stored->updatedBy, QStringLiteral("sup1"));
    // A saved article's code is its identity.
    EXPECT_TRUE(child<QLineEdit>(w.get(), "codeEdit")->isReadOnly());
}

TEST_F(KnowledgeEditorTest, DuplicateCodeIsRefusedWithoutOverwriting)
{
    auto w = open();
    QTest::mouseClick(child<QPushButton>(w.get(), "newButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(w.get(), "codeEdit"), QStringLiteral("KB-OXI-01"));
    typeText(child<QLineEdit>(w.get(), "titleEdit"), QStringLiteral("重复"));
    typeText(child<QPlainTextEdit>(w.get(), "causeEdit"), QStringLiteral("重复"));
    EXPECT_FALSE(w->save());
    EXPECT_TRUE(child<QLabel>(w.get(), "errorLabel")->text().contains(QStringLiteral("KB-OXI-01")));
    auto stored = KnowledgeService(m_db.store(), m_db.clock()).find(QStringLiteral("KB-OXI-01"), QStringLiteral("zh"));
    EXPECT_NE(stored->title, QStringLiteral("重复"));
}

TEST_F(KnowledgeEditorTest, LeavingUnsavedChangesAsksAndCancelKeepsThem)
{
    auto w = open();
    ASSERT_TRUE(w->select(QStringLiteral("KB-OXI-01"), QStringLiteral("zh")));
    auto* reply = child<QPlainTextEdit>(w.get(), "replyEdit");
    typeText(reply, QStringLiteral("(已补充)"));
    ASSERT_TRUE(w->isModified());

    bool asked = false;
    answerNextBox(QMessageBox::Cancel, &asked);
    w->select(QStringLiteral("KB-PKG-01"), QStringLiteral("zh"));
    EXPECT_TRUE(asked);
    EXPECT_EQ(w->currentCode(), QStringLiteral("KB-OXI-01"));
    EXPECT_TRUE(w->isModified());
    EXPECT_TRUE(reply->toPlainText().contains(QStringLiteral("(已补充)")));

    asked = false;
    answerNextBox(QMessageBox::Discard, &asked);
    EXPECT_TRUE(w->select(QStringLiteral("KB-PKG-01"), QStringLiteral("zh")));
    EXPECT_TRUE(asked);
    EXPECT_FALSE(w->isModified());
    auto kept = KnowledgeService(m_db.store(), m_db.clock()).find(QStringLiteral("KB-OXI-01"), QStringLiteral("zh"));
    EXPECT_FALSE(kept->customerReply.contains(QStringLiteral("(已补充)")));

    // Closing with changes asks too; Save stores them and closes.
    typeText(child<QLineEdit>(w.get(), "keywordsEdit"), QStringLiteral(" 散捆"));
    asked = false;
    answerNextBox(QMessageBox::Save, &asked);
    EXPECT_TRUE(w->close()) << qPrintable(child<QLabel>(w.get(), "errorLabel")->text());
    EXPECT_TRUE(asked);
    auto saved = KnowledgeService(m_db.store(), m_db.clock()).find(QStringLiteral("KB-PKG-01"), QStringLiteral("zh"));
    EXPECT_TRUE(saved->keywords.contains(QStringLiteral("散捆")));
}

TEST_F(KnowledgeEditorTest, RetireHidesFromTheListUntilShownAndRestoreBringsItBack)
{
    auto w = open();
    ASSERT_TRUE(w->select(QStringLiteral("KB-WGT-01"), QStringLiteral("zh")));
    auto* retire = child<QPushButton>(w.get(), "retireButton");
    bool asked = false;
    answerNextBox(QMessageBox::Yes, &asked);
    QTest::mouseClick(retire, Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_FALSE(codes(*w).contains(QStringLiteral("KB-WGT-01")));
    auto stored = KnowledgeService(m_db.store(), m_db.clock()).find(QStringLiteral("KB-WGT-01"), QStringLiteral("zh"));
    EXPECT_TRUE(stored->retired());

    child<QCheckBox>(w.get(), "showRetiredCheck")->setChecked(true);
    ASSERT_TRUE(w->select(QStringLiteral("KB-WGT-01"), QStringLiteral("zh")));
    EXPECT_TRUE(child<QLabel>(w.get(), "statusLabel")->text().contains(QStringLiteral("sup1")));
    QTest::mouseClick(retire, Qt::LeftButton); // now "Restore": no question
    stored = KnowledgeService(m_db.store(), m_db.clock()).find(QStringLiteral("KB-WGT-01"), QStringLiteral("zh"));
    EXPECT_FALSE(stored->retired());
}

TEST_F(KnowledgeEditorTest, AgentsReadButCannotEdit)
{
    m_db.store().setActor(Actor{QStringLiteral("agent1"), Role::Agent, false});
    auto w = open();
    EXPECT_FALSE(w->canEdit());
    ASSERT_TRUE(w->select(QStringLiteral("KB-OXI-01"), QStringLiteral("zh")));
    EXPECT_FALSE(child<QPushButton>(w.get(), "newButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(w.get(), "saveButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(w.get(), "retireButton")->isEnabled());
    EXPECT_TRUE(child<QPlainTextEdit>(w.get(), "causeEdit")->isReadOnly());
    EXPECT_FALSE(child<QPushButton>(w.get(), "saveButton")->toolTip().isEmpty());
    EXPECT_FALSE(w->isModified());
}
