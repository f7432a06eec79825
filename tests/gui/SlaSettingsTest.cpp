#include "GuiTestDatabase.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/sla/SlaPolicyModel.h"
#include "gui/sla/SlaSettingsActions.h"
#include "gui/sla/SlaSettingsWindow.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;

namespace {

class SlaSettingsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto store = SqliteStore::open(m_db.path());
        ASSERT_TRUE(store.ok());
        m_session = std::make_unique<DeskSession>(std::move(store).value(), m_db.path(), QStringLiteral("admin1"));
        m_window = new SlaSettingsWindow(*m_session);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->show();
    }
    void TearDown() override { delete m_window; }

    template <typename T> T* child(const char* name) { return m_window->findChild<T*>(QString::fromLatin1(name)); }
    QString message() { return child<QLabel>("messageLabel")->text(); }

    test::GuiTestDatabase m_db;
    std::unique_ptr<DeskSession> m_session;
    SlaSettingsWindow* m_window = nullptr;
};

}  // namespace

TEST(SlaPolicyModel, ShowsTwelveCellsAndRefusesNonsense)
{
    SlaPolicyModel model;
    model.setPolicy(SlaPolicy::defaults());
    ASSERT_EQ(model.rowCount(), 12);
    ASSERT_EQ(model.columnCount(), 3);
    // Row 0 is A · P1; the spec's default response target is 30 minutes.
    EXPECT_EQ(model.index(0, 0).data(Qt::EditRole).toInt(), 30);
    EXPECT_EQ(model.index(11, 2).data(Qt::EditRole).toInt(), 7200);  // C · P4 resolution: 5 days
    EXPECT_TRUE(model.index(11, 2).data().toString().contains(QStringLiteral("5 d")));
    EXPECT_FALSE(model.setData(model.index(0, 0), 0));
    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("soon")));
    EXPECT_FALSE(model.isModified());
    EXPECT_TRUE(model.setData(model.index(0, 0), 20));
    EXPECT_TRUE(model.isModified());
    EXPECT_EQ(model.policy().targetMinutes(Tier::A, Priority::P1, SlaMetric::Response), 20);
    EXPECT_EQ(model.policy().targetMinutes(Tier::B, Priority::P1, SlaMetric::Response), 30) << "only that cell";
}

TEST_F(SlaSettingsTest, ANewVersionIsSavedFromTheChosenInstantAndTheOldOneKept)
{
    auto before = SlaService(m_session->store(), m_session->clock()).policies();
    ASSERT_TRUE(before.ok());
    auto* table = child<QTableView>("targetsTable");
    ASSERT_TRUE(table->model()->setData(table->model()->index(4, 0), 45));  // B · P1 response
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("2027 contract terms"));
    ASSERT_TRUE(m_window->saveAsNewVersion()) << message().toStdString();

    auto after = SlaService(m_session->store(), m_session->clock()).policies();
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before->size() + 1);
    const SlaPolicy* added = nullptr;
    for (const SlaPolicy& p : *after)
        if (p.name == QStringLiteral("2027 contract terms"))
            added = &p;
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->targetMinutes(Tier::B, Priority::P1, SlaMetric::Response), 45);
    EXPECT_GT(added->effectiveFrom, m_session->clock().now()) << "a new version starts in the future";
    // By default at the desk's next local midnight (Asia/Shanghai), not the machine's.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(added->effectiveFrom, Instant::localZone());
    EXPECT_EQ(local.time(), QTime(0, 0));
    EXPECT_LE(added->effectiveFrom - m_session->clock().now(), 24 * 3600);
    EXPECT_TRUE(message().contains(QStringLiteral("2027 contract terms")));
}

TEST_F(SlaSettingsTest, APastStartOrAMissingNameIsRefusedWithTheReason)
{
    child<QLineEdit>("nameEdit")->clear();
    EXPECT_FALSE(m_window->saveAsNewVersion());
    EXPECT_FALSE(message().isEmpty());

    child<QLineEdit>("nameEdit")->setText(QStringLiteral("backdated"));
    child<QDateTimeEdit>("fromEdit")->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0)));
    auto before = SlaService(m_session->store(), m_session->clock()).policies();
    EXPECT_FALSE(m_window->saveAsNewVersion());
    EXPECT_TRUE(message().contains(QStringLiteral("Not saved")));
    auto after = SlaService(m_session->store(), m_session->clock()).policies();
    EXPECT_EQ(after->size(), before->size()) << "nothing stored";
}

TEST_F(SlaSettingsTest, HolidaysImportAllOrNothingAndShowByYear)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,kind,name\n2031-10-01,holiday,国庆节\n2031-10-11,workday,国庆节调休\n");
    }
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,kind,name\n2031-05-01,holiday,劳动节\n2031-13-40,holiday,nonsense\n");
    }
    EXPECT_FALSE(m_window->importHolidays(bad));
    EXPECT_TRUE(message().contains(QStringLiteral(":3")) || message().contains(QStringLiteral("3:"))) << message().toStdString();
    ASSERT_TRUE(m_window->importHolidays(good)) << message().toStdString();
    child<QSpinBox>("yearSpin")->setValue(2031);
    auto* table = child<QTableWidget>("holidayTable");
    ASSERT_EQ(table->rowCount(), 2) << "the bad file added nothing";
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2031-10-01"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("国庆节调休"));
}

TEST_F(SlaSettingsTest, SingleDatesAreAddedAndRemovedFromTheHolidayTab)
{
    EXPECT_FALSE(m_window->saveHoliday({QStringLiteral("2020-10-01"), false, QStringLiteral("国庆节"), {}}));
    EXPECT_TRUE(message().contains(QStringLiteral("not after today"))) << message().toStdString();
    ASSERT_TRUE(m_window->saveHoliday({QStringLiteral("2032-10-08"), true, QStringLiteral("国庆节调休"), {}}))
        << message().toStdString();
    auto* table = child<QTableWidget>("holidayTable");
    EXPECT_EQ(child<QSpinBox>("yearSpin")->value(), 2032) << "the tab shows the year of the saved date";
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2032-10-08"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("make-up workday"));
    ASSERT_TRUE(m_window->removeHoliday(QStringLiteral("2032-10-08"), {})) << message().toStdString();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_NE(child<QPushButton>("addHolidayButton"), nullptr);
    EXPECT_NE(child<QPushButton>("removeHolidayButton"), nullptr);
}

TEST_F(SlaSettingsTest, TheSettingsMenuOpensOneWindow)
{
    MainWindow main(*m_session);
    auto* actions = main.findChild<SlaSettingsActions*>(QStringLiteral("slaSettingsActions"));
    ASSERT_NE(actions, nullptr);
    EXPECT_EQ(actions->action()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    SlaSettingsWindow* first = actions->open();
    EXPECT_EQ(actions->open(), first);
}
