#include "gui/report/KpiReportDialog.h"

#include "GuiTestDatabase.h"
#include "app/reportdoc/SampleReport.h"
#include "gui/main/DeskSession.h"
#include "gui/report/ReportsMenu.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <thread>

using namespace ingot;
using namespace ingot::test;

namespace {

constexpr qint64 kNow = 1794274800; // 2026-11-10T09:00:00+08:00

template <class W> W* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<W*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

KpiReportJob::ReportSource sampleSource()
{
    return [](Store&, const LocalMonth& month, qint64 now) -> Result<KpiReport> {
        KpiReport r = sampleReport();
        r.month = month.key();
        r.now = now;
        return r;
    };
}

class KpiReportDialogTest : public ::testing::Test {
protected:
    KpiReportDialogTest() : m_clock(kNow) {}

    std::unique_ptr<KpiReportDialog> dialog(bool sample = true)
    {
        auto d = std::make_unique<KpiReportDialog>(m_db.path(), m_clock);
        if (sample)
            d->setReportSource(sampleSource());
        d->show();
        return d;
    }
    static bool waitIdle(KpiReportDialog& d, int ms = 60000)
    {
        return QTest::qWaitFor([&d] { return !d.isBusy(); }, ms);
    }

    GuiTestDatabase m_db;
    FixedClock m_clock;
    QTemporaryDir m_out;
};

} // namespace

TEST_F(KpiReportDialogTest, DefaultsToLastMonthAndAFileNamedAfterIt)
{
    auto d = dialog();
    EXPECT_EQ(d->month(), QStringLiteral("2026-10"));
    EXPECT_EQ(d->format(), QStringLiteral("pdf"));
    EXPECT_TRUE(child<QLineEdit>(d.get(), "fileEdit")->text().endsWith(QStringLiteral("kpi-2026-10.pdf")));
    auto* format = child<QComboBox>(d.get(), "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
    EXPECT_TRUE(child<QLineEdit>(d.get(), "fileEdit")->text().endsWith(QStringLiteral("kpi-2026-10.xlsx")));
    child<QDateEdit>(d.get(), "monthEdit")->setDate(QDate(2026, 9, 1));
    EXPECT_TRUE(child<QLineEdit>(d.get(), "fileEdit")->text().endsWith(QStringLiteral("kpi-2026-09.xlsx")));
}

TEST_F(KpiReportDialogTest, PreviewShowsThePagesOneAtATime)
{
    auto d = dialog();
    QTest::mouseClick(child<QPushButton>(d.get(), "previewButton"), Qt::LeftButton);
    ASSERT_TRUE(waitIdle(*d));
    ASSERT_GE(d->pageCount(), 4);
    auto* number = child<QLabel>(d.get(), "pageNumberLabel");
    EXPECT_EQ(number->text(), QStringLiteral("Page 1 of %1").arg(d->pageCount()));
    auto* previous = child<QToolButton>(d.get(), "previousButton");
    auto* next = child<QToolButton>(d.get(), "nextButton");
    EXPECT_FALSE(previous->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(d->currentPage(), 1);
    EXPECT_TRUE(previous->isEnabled());
    EXPECT_FALSE(child<QLabel>(d.get(), "pageLabel")->pixmap().isNull());
    // A4 at 96 dpi (794 px wide) at most, fitted to the preview's width, upright.
    const QPixmap shown = child<QLabel>(d.get(), "pageLabel")->pixmap();
    EXPECT_LE(shown.width(), 794);
    EXPECT_NEAR(double(shown.height()) / shown.width(), 841.89 / 595.28, 0.01);
    QTest::mouseClick(previous, Qt::LeftButton);
    EXPECT_EQ(d->currentPage(), 0);
    // Nothing was written by a preview.
    EXPECT_TRUE(QDir(m_out.path()).isEmpty());
}

TEST_F(KpiReportDialogTest, SaveWritesTheFileAndRemembersTheFolder)
{
    auto d = dialog();
    auto* format = child<QComboBox>(d.get(), "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
    const QString path = m_out.filePath(QStringLiteral("board.xlsx"));
    child<QLineEdit>(d.get(), "fileEdit")->setText(path);
    QTest::mouseClick(child<QPushButton>(d.get(), "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitIdle(*d));
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(child<QLabel>(d.get(), "statusLabel")->text().contains(QStringLiteral("board.xlsx")));
    EXPECT_GE(d->pageCount(), 4); // the preview comes along

    // The next dialog starts in the same folder, with the same format.
    auto again = dialog();
    EXPECT_EQ(again->format(), QStringLiteral("xlsx"));
    EXPECT_EQ(QFileInfo(child<QLineEdit>(again.get(), "fileEdit")->text()).absolutePath(),
              QFileInfo(path).absolutePath());
}

TEST_F(KpiReportDialogTest, AFolderThatIsNotThereIsAClearError)
{
    auto d = dialog();
    child<QLineEdit>(d.get(), "fileEdit")->setText(m_out.filePath(QStringLiteral("missing/r.pdf")));
    QTest::mouseClick(child<QPushButton>(d.get(), "saveButton"), Qt::LeftButton);
    ASSERT_TRUE(waitIdle(*d));
    const QString status = child<QLabel>(d.get(), "statusLabel")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("does not exist"))) << qPrintable(status);
    EXPECT_TRUE(child<QPushButton>(d.get(), "saveButton")->isEnabled());
}

TEST_F(KpiReportDialogTest, CancelFreesTheDialogWhileTheWorkerStillRuns)
{
    auto d = dialog(false);
    auto release = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<bool>>(false);
    d->setReportSource([release, done](Store&, const LocalMonth&, qint64) -> Result<KpiReport> {
        while (!*release)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        *done = true;
        return sampleReport();
    });
    QTest::mouseClick(child<QPushButton>(d.get(), "previewButton"), Qt::LeftButton);
    EXPECT_TRUE(d->isBusy());
    // The GUI thread is free: the event loop runs and Cancel is clickable while the worker waits.
    QTest::qWait(50);
    auto* cancel = child<QPushButton>(d.get(), "cancelButton");
    ASSERT_TRUE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_FALSE(d->isBusy());
    EXPECT_TRUE(child<QLabel>(d.get(), "statusLabel")->text().contains(QStringLiteral("Cancelled")));
    *release = true;
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done->load(); }, 10000));
    QTest::qWait(100);
    EXPECT_EQ(d->pageCount(), 0); // the late answer was dropped
}

TEST_F(KpiReportDialogTest, TheRealEngineOnAnEmptyDesk)
{
    auto d = dialog(false);
    QTest::mouseClick(child<QPushButton>(d.get(), "previewButton"), Qt::LeftButton);
    ASSERT_TRUE(waitIdle(*d));
    EXPECT_GE(d->pageCount(), 4) << qPrintable(child<QLabel>(d.get(), "statusLabel")->text());
}

TEST_F(KpiReportDialogTest, ReportsMenuOpensTheDialogWithCtrlShiftR)
{
    auto store = SqliteStore::open(m_db.path());
    ASSERT_TRUE(store.ok());
    DeskSession session(std::move(store).value(), m_db.path(), QStringLiteral("tester"));
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("Settings"));
    window.menuBar()->addMenu(QStringLiteral("Help"));
    ReportsMenu::install(window, session);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("kpiReportAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->trigger();
    auto* opened = window.findChild<KpiReportDialog*>();
    ASSERT_NE(opened, nullptr);
    EXPECT_TRUE(opened->isVisible());
    opened->close();
}
