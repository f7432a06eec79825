// The calendars tab of the service levels window: built-ins read-only but copyable, a copy edited
// and saved, clear messages for bad hours, the unsaved-changes prompt, and the admin-only rule.
#include "gui/sla/SlaCalendarsTab.h"

#include "GuiTestDatabase.h"
#include "gui/main/DeskSession.h"
#include "gui/sla/SlaSettingsWindow.h"
#include "storage/sqlite/SqliteConnection.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;

namespace {

class SlaCalendarsTabTest : public ::testing::Test {
protected:
    void open(Role role)
    {
        auto store = SqliteStore::open(m_db.path());
        ASSERT_TRUE(store.ok());
        (*store)->setActor({QStringLiteral("someone"), role, false});
        m_session = std::make_unique<DeskSession>(std::move(store).value(), m_db.path(), QStringLiteral("someone"));
        m_window = new SlaSettingsWindow(*m_session);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->show();
        m_tab = m_window->calendarsTab();
        m_tab->setPrompt([this](const QString&) {
            ++m_prompts;
            return m_answer;
        });
    }
    void TearDown() override
    {
        if (m_tab)
            m_tab->setPrompt([](const QString&) { return QMessageBox::Discard; });
        delete m_window;
    }

    template <typename T> T* child(const char* name) { return m_window->findChild<T*>(QString::fromLatin1(name)); }
    QTableWidgetItem* day(int index) { return child<QTableWidget>("weekTable")->item(index, 0); }
    QString problems() { return child<QLabel>("calendarProblemsLabel")->text(); }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(static_cast<SqliteStore&>(m_session->store()).connection().database());
        EXPECT_TRUE(q.exec(sql) && q.next()) << qPrintable(sql);
        return q.value(0).toLongLong();
    }

    test::GuiTestDatabase m_db;
    std::unique_ptr<DeskSession> m_session;
    SlaSettingsWindow* m_window = nullptr;
    SlaCalendarsTab* m_tab = nullptr;
    int m_prompts = 0;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
};

} // namespace

TEST_F(SlaCalendarsTabTest, BuiltinsAreReadOnlyAndACopyIsSavedWithItsOwnHours)
{
    open(Role::Admin);
    ASSERT_EQ(child<QListWidget>("calendarList")->count(), 3);
    ASSERT_TRUE(m_tab->select(QStringLiteral("8x5")));
    EXPECT_FALSE(child<QPushButton>("saveCalendarButton")->isEnabled());
    EXPECT_FALSE(day(0)->flags().testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(day(0)->text(), QStringLiteral("08:30-12:00, 13:00-17:30"));
    EXPECT_EQ(day(5)->text(), QString());

    m_tab->copyCalendar();
    EXPECT_TRUE(m_tab->isDirty());
    EXPECT_EQ(child<QLineEdit>("calendarNameEdit")->text(), QStringLiteral("8x5 copy"));
    child<QLineEdit>("calendarNameEdit")->setText(QStringLiteral("plant"));
    day(5)->setText(QStringLiteral("08:30-12:00"));
    ASSERT_TRUE(m_tab->save()) << problems().toStdString();
    EXPECT_FALSE(m_tab->isDirty());
    EXPECT_EQ(child<QListWidget>("calendarList")->count(), 4);
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM sla_calendars WHERE name = 'plant' AND saturday = '08:30-12:00' "
                             "AND monday = '08:30-12:00,13:00-17:30'")),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'calendar' AND entity_id = 'plant'")),
              1);
    // The policy tab can choose it now.
    EXPECT_GE(child<QComboBox>("calendar_C")->findText(QStringLiteral("plant")), 0);
}

TEST_F(SlaCalendarsTabTest, BadHoursAreExplainedAndNothingIsSaved)
{
    open(Role::Admin);
    m_tab->newCalendar();
    child<QLineEdit>("calendarNameEdit")->setText(QStringLiteral("night"));
    day(0)->setText(QStringLiteral("22:00-18:00"));
    day(1)->setText(QStringLiteral("08:00-12:00, 11:00-13:00"));
    day(2)->setText(QStringLiteral("8 to 5"));
    EXPECT_FALSE(m_tab->save());
    EXPECT_TRUE(problems().contains(QStringLiteral("\"8 to 5\" is not of the form"))) << problems().toStdString();
    day(2)->setText(QString());
    EXPECT_FALSE(m_tab->save());
    EXPECT_TRUE(problems().contains(QStringLiteral("Monday: 22:00-18:00 must end after it starts.")));
    EXPECT_TRUE(problems().contains(QStringLiteral("Tuesday: 08:00-12:00 and 11:00-13:00 overlap.")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sla_calendars")), 3);
}

TEST_F(SlaCalendarsTabTest, UnsavedChangesAreNotDroppedWithoutAsking)
{
    open(Role::Admin);
    m_tab->newCalendar();
    child<QLineEdit>("calendarNameEdit")->setText(QStringLiteral("draft"));
    day(0)->setText(QStringLiteral("09:00-17:00"));
    ASSERT_TRUE(m_tab->isDirty());

    // Cancel: the window stays open and the draft stays on screen.
    m_answer = QMessageBox::Cancel;
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(m_prompts, 1);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_FALSE(m_tab->select(QStringLiteral("24x7")));
    EXPECT_EQ(m_prompts, 2);
    EXPECT_EQ(child<QLineEdit>("calendarNameEdit")->text(), QStringLiteral("draft"));

    // Save: stored, then the other calendar is shown.
    m_answer = QMessageBox::Save;
    EXPECT_TRUE(m_tab->select(QStringLiteral("24x7")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sla_calendars WHERE name = 'draft'")), 1);

    // Discard: nothing asked to be kept.
    ASSERT_TRUE(m_tab->select(QStringLiteral("draft")));
    day(6)->setText(QStringLiteral("10:00-11:00"));
    m_answer = QMessageBox::Discard;
    EXPECT_TRUE(m_tab->select(QStringLiteral("12x7")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sla_calendars WHERE name = 'draft' AND sunday = ''")), 1);
}

TEST_F(SlaCalendarsTabTest, OnlyAdminsMayChangeCalendars)
{
    open(Role::Supervisor);
    EXPECT_FALSE(child<QPushButton>("newCalendarButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("copyCalendarButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("saveCalendarButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>("saveCalendarButton")->toolTip().contains(QStringLiteral("someone")));
    // The service refuses anyway, whatever the screen allows.
    m_tab->newCalendar();
    child<QLineEdit>("calendarNameEdit")->setText(QStringLiteral("sneaky"));
    day(0)->setText(QStringLiteral("09:00-17:00"));
    EXPECT_FALSE(m_tab->save());
    EXPECT_TRUE(problems().contains(QStringLiteral("may not"))) << problems().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sla_calendars")), 3);
}
