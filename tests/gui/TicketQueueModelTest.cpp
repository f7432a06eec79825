#include "GuiTestDatabase.h"
#include "storage/sqlite/SqliteConnection.h"
#include "gui/common/Countdown.h"
#include "gui/queue/TicketQueueModel.h"
#include "gui/queue/TicketQueueView.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {

// Collects what QAbstractItemModelTester reports, so that a broken model fails the test.
QStringList g_modelTestMessages;
QtMessageHandler g_previousHandler = nullptr;

void collectModelTestMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest")))
        g_modelTestMessages << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class TicketQueueModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.addCustomers(3);
        m_db.addTechnicians(2);
    }

    std::unique_ptr<TicketQueueModel> makeModel(int pageSize = TicketQueueModel::kDefaultPageSize)
    {
        return std::make_unique<TicketQueueModel>(QueuePageLoader::forDatabase(m_db.path()), nullptr, pageSize);
    }

    static bool waitForCount(TicketQueueModel& model, qint64 expected, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return model.isCountKnown() && model.totalCount() == expected; }, timeoutMs);
    }

    static bool waitForRow(TicketQueueModel& model, int row, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] { return model.index(row, 0).data(TicketQueueModel::LoadedRole).toBool(); }, timeoutMs);
    }

    GuiTestDatabase m_db;
};

}  // namespace

TEST_F(TicketQueueModelTest, PassesTheModelTesterOverASmallDatabase)
{
    m_db.addTickets(30);
    g_modelTestMessages.clear();
    g_previousHandler = qInstallMessageHandler(collectModelTestMessages);
    {
        auto model = makeModel(8);  // several pages even for 30 rows
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
        ASSERT_TRUE(waitForCount(*model, 30));
        for (int row = 0; row < model->rowCount(); ++row)
            ASSERT_TRUE(waitForRow(*model, row)) << "row " << row;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                EXPECT_TRUE(model->index(row, column).data().isValid() || column == TicketQueueModel::AssigneeColumn ||
                            column == TicketQueueModel::DueColumn || column == TicketQueueModel::TimeLeftColumn);
        model->setFilter([] {
            QueueFilter f;
            f.priority = Priority::P1;
            return f;
        }());
        ASSERT_TRUE(waitForCount(*model, 8));
        model->setSortOrder(QueueSort::OldestFirst);
        ASSERT_TRUE(waitForRow(*model, 0));
        model->refresh();
        QTest::qWait(100);
    }
    qInstallMessageHandler(g_previousHandler);
    EXPECT_TRUE(g_modelTestMessages.isEmpty()) << g_modelTestMessages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(TicketQueueModelTest, ShowsAPlaceholderUntilThePageArrives)
{
    m_db.addTickets(5);
    auto model = makeModel();
    ASSERT_TRUE(waitForCount(*model, 5));
    // Asked before its page is here: the placeholder, and the page is on its way.
    const QVariant first = model->index(0, TicketQueueModel::NumberColumn).data();
    if (!model->index(0, 0).data(TicketQueueModel::LoadedRole).toBool()) {
        EXPECT_EQ(first.toString(), QStringLiteral("…"));
    }
    ASSERT_TRUE(waitForRow(*model, 0));
    EXPECT_TRUE(model->index(0, TicketQueueModel::NumberColumn).data().toString().startsWith(QLatin1Char('T')));
}

TEST_F(TicketQueueModelTest, LoadsOnlyThePagesInView)
{
    m_db.addTickets(5000);
    auto model = makeModel(50);
    TicketQueueView view;
    view.resize(900, 400);  // roughly 15 rows
    view.setQueueModel(model.get());
    view.show();
    ASSERT_TRUE(waitForCount(*model, 5000));
    EXPECT_EQ(model->rowCount(), 5000);
    ASSERT_TRUE(waitForRow(*model, 0));
    QTest::qWait(200);
    EXPECT_LE(model->pagesRequested(), 2) << "only the first page is in view";

    // Jump to the end: the last page is read, not the 98 pages in between.
    view.scrollToBottom();
    ASSERT_TRUE(waitForRow(*model, 4999));
    QTest::qWait(200);
    EXPECT_LE(model->pagesRequested(), 5);
    EXPECT_EQ(model->index(4999, TicketQueueModel::TitleColumn).data().toString(), GuiTestDatabase::titleOf(0))
        << "newest first: the oldest ticket is last";
}

TEST_F(TicketQueueModelTest, FilteringChangesTheCount)
{
    m_db.addTickets(40);
    auto model = makeModel();
    ASSERT_TRUE(waitForCount(*model, 40));

    QueueFilter p1;
    p1.priority = Priority::P1;
    model->setFilter(p1);
    EXPECT_EQ(model->rowCount(), 0) << "rows disappear until the new count is known";
    ASSERT_TRUE(waitForCount(*model, 10));
    ASSERT_TRUE(waitForRow(*model, 0));
    for (int row = 0; row < model->rowCount(); ++row) {
        ASSERT_TRUE(waitForRow(*model, row));
        EXPECT_EQ(model->index(row, TicketQueueModel::PriorityColumn).data().toString(), QStringLiteral("P1"));
    }

    QueueFilter text;
    text.text = QStringLiteral("Late delivery 3");  // 3, 7, 11 ... only those starting with 3: 3, 31, 35, 39
    model->setFilter(text);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->isCountKnown(); }, 10000));
    EXPECT_GE(model->totalCount(), 1);
    EXPECT_LT(model->totalCount(), 40);

    model->setFilter({});
    ASSERT_TRUE(waitForCount(*model, 40));
}

// A new filter's first page is read before its count, which for a common search term reads every
// match: its rows are in the model while the count is still on its way, then the count completes them.
TEST_F(TicketQueueModelTest, TheFirstPageArrivesBeforeTheCount)
{
    m_db.addTickets(40);
    auto model = makeModel(8);
    ASSERT_TRUE(waitForCount(*model, 40));
    QStringList order;
    int rowsAtFirstPage = -1;
    bool countKnownAtFirstPage = true;
    QObject::connect(model.get(), &TicketQueueModel::pageLoaded, model.get(), [&](int page) {
        if (page != 0 || order.contains(QStringLiteral("page 0")))
            return;
        order << QStringLiteral("page 0");
        rowsAtFirstPage = model->rowCount();
        countKnownAtFirstPage = model->isCountKnown();
    });
    QObject::connect(model.get(), &TicketQueueModel::countChanged, model.get(),
                     [&] { order << QStringLiteral("count"); });

    QueueFilter p1;
    p1.priority = Priority::P1;
    model->setFilter(p1);
    ASSERT_TRUE(waitForCount(*model, 10));
    ASSERT_GE(order.size(), 2);
    EXPECT_EQ(order.mid(0, 2), (QStringList{QStringLiteral("page 0"), QStringLiteral("count")}));
    EXPECT_FALSE(countKnownAtFirstPage);
    EXPECT_EQ(rowsAtFirstPage, 8) << "the first page's rows, before the count";
    EXPECT_EQ(model->rowCount(), 10);
    ASSERT_TRUE(waitForRow(*model, 9));
    EXPECT_EQ(model->index(9, TicketQueueModel::PriorityColumn).data().toString(), QStringLiteral("P1"));
}

TEST_F(TicketQueueModelTest, DropsAnswersForAFilterNoLongerShown)
{
    m_db.addTickets(40);
    auto model = makeModel();
    ASSERT_TRUE(waitForCount(*model, 40));
    QSignalSpy counts(model.get(), &TicketQueueModel::countChanged);

    QueueFilter p2;
    p2.priority = Priority::P2;
    QueueFilter open;
    open.openOnly = true;
    model->setFilter(p2);
    model->setFilter(open);  // before the P2 count could arrive
    ASSERT_TRUE(waitForCount(*model, 40));
    QTest::qWait(100);
    ASSERT_EQ(counts.size(), 1) << "the P2 count (10) belonged to an older generation";
    EXPECT_EQ(counts.first().first().toLongLong(), 40);
}

TEST_F(TicketQueueModelTest, HeaderSortsMapToQueueSorts)
{
    m_db.addTickets(12);
    auto model = makeModel();
    ASSERT_TRUE(waitForCount(*model, 12));

    EXPECT_EQ(TicketQueueModel::sortForColumn(TicketQueueModel::ReportedColumn, Qt::DescendingOrder),
              QueueSort::NewestFirst);
    EXPECT_EQ(TicketQueueModel::sortForColumn(TicketQueueModel::ReportedColumn, Qt::AscendingOrder),
              QueueSort::OldestFirst);
    EXPECT_EQ(TicketQueueModel::sortForColumn(TicketQueueModel::PriorityColumn, Qt::AscendingOrder),
              QueueSort::PriorityFirst);
    EXPECT_EQ(TicketQueueModel::sortForColumn(TicketQueueModel::DueColumn, Qt::AscendingOrder), QueueSort::DueFirst);
    EXPECT_FALSE(TicketQueueModel::sortForColumn(TicketQueueModel::TitleColumn, Qt::AscendingOrder).has_value());

    model->sort(TicketQueueModel::PriorityColumn, Qt::AscendingOrder);
    EXPECT_EQ(model->sortOrder(), QueueSort::PriorityFirst);
    EXPECT_EQ(model->rowCount(), 12) << "a new order keeps the count";
    ASSERT_TRUE(waitForRow(*model, 0));
    EXPECT_EQ(model->index(0, TicketQueueModel::PriorityColumn).data().toString(), QStringLiteral("P1"));
    EXPECT_TRUE(model->index(0, TicketQueueModel::PriorityColumn).data(Qt::FontRole).value<QFont>().bold());

    model->sort(TicketQueueModel::ReportedColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitForRow(*model, 0));
    EXPECT_EQ(model->index(0, TicketQueueModel::TitleColumn).data().toString(), GuiTestDatabase::titleOf(0));
}

TEST_F(TicketQueueModelTest, RefreshKeepsRowsOnScreenAndPicksUpNewTickets)
{
    m_db.addTickets(10);
    auto model = makeModel();
    ASSERT_TRUE(waitForCount(*model, 10));
    ASSERT_TRUE(waitForRow(*model, 0));
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);

    m_db.createTicket(QStringLiteral("C002"), QStringLiteral("Weight short by 40 kg"));
    model->refresh();
    EXPECT_TRUE(model->index(0, 0).data(TicketQueueModel::LoadedRole).toBool()) << "old rows stay until replaced";
    ASSERT_TRUE(waitForCount(*model, 11));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->index(0, TicketQueueModel::TitleColumn).data().toString() == QStringLiteral("Weight short by 40 kg"); },
        10000));
    EXPECT_EQ(resets.size(), 0);
}

TEST_F(TicketQueueModelTest, ReportsAnUnreadableDatabase)
{
    auto model = std::make_unique<TicketQueueModel>(QueuePageLoader::forDatabase(m_db.path() + QStringLiteral(".missing")));
    QSignalSpy failed(model.get(), &TicketQueueModel::loadFailed);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(TicketQueueModelTest, TimeLeftTurnsAmberAtTheStoredAtRiskInstant)
{
    // The ticket's clocks are stored when it is created: next_due_at and, beside it, when that clock
    // has used 75% of its target in its calendar. The colour follows them with no query of its own.
    const Ticket t = m_db.createTicket(QStringLiteral("C001"), QStringLiteral("porosity in batch 7"), Priority::P1);
    QSqlQuery q(static_cast<SqliteStore&>(m_db.store()).connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT next_due_at, next_at_risk_at FROM tickets WHERE id = %1").arg(t.id)));
    ASSERT_TRUE(q.next());
    const qint64 due = q.value(0).toLongLong();
    const qint64 atRisk = q.value(1).toLongLong();
    q.finish();
    ASSERT_GT(atRisk, 0);
    ASSERT_LT(atRisk, due);

    qint64 now = atRisk - 1;
    auto model = makeModel();
    model->setNowSource([&now] { return now; });
    ASSERT_TRUE(waitForCount(*model, 1));
    ASSERT_TRUE(waitForRow(*model, 0));
    const QModelIndex cell = model->index(0, TicketQueueModel::TimeLeftColumn);
    EXPECT_EQ(cell.data(Qt::ForegroundRole).value<QColor>(), Countdown::onTimeColor());
    now = atRisk;
    EXPECT_EQ(cell.data(Qt::ForegroundRole).value<QColor>(), Countdown::atRiskColor());
    now = due;
    EXPECT_EQ(cell.data(Qt::ForegroundRole).value<QColor>(), Countdown::overdueColor());
    EXPECT_TRUE(cell.data().toString().startsWith(QStringLiteral("overdue")));
}
