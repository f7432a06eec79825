// Measures the queue on a large database when INGOTDESK_BIG_DB names one (skipped otherwise):
//   ingotdesk-cli --db /tmp/big.db init && ingotdesk-cli --db /tmp/big.db seed --tickets 1000000
//   INGOTDESK_BIG_DB=/tmp/big.db ./gui_tests --gtest_filter='QueueOnLargeDatabase.*'
// The search test also takes a postgresql:// address (a migrate-to copy of such a file).
#include "gui/queue/TicketQueueModel.h"
#include "gui/queue/TicketQueueView.h"
#include "storage/sqlite/SqliteStore.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
QString bigDb()
{
    return QString::fromLocal8Bit(qgetenv("INGOTDESK_BIG_DB"));
}

bool loaded(TicketQueueModel& model, int row)
{
    return model.index(row, 0).data(TicketQueueModel::LoadedRole).toBool();
}
}  // namespace

TEST(QueueOnLargeDatabase, OpensAtOnceAndScrollsWithoutLoadingEverything)
{
    if (bigDb().isEmpty())
        GTEST_SKIP() << "set INGOTDESK_BIG_DB to a large database to measure";

    {
        // As the window does: its own store brings the schema up to date before the loader opens.
        auto store = SqliteStore::open(bigDb());
        ASSERT_TRUE(store.ok()) << store.error().text().toStdString();
    }
    QElapsedTimer clock;
    clock.start();
    TicketQueueModel model(QueuePageLoader::forDatabase(bigDb()));
    TicketQueueView view;
    view.resize(1200, 800);
    view.setQueueModel(&model);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.isCountKnown(); }, 60000));
    const qint64 countMs = clock.elapsed();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(model, 0); }, 60000));
    const qint64 firstPageMs = clock.elapsed();
    std::printf("  %lld tickets: count after %lld ms, first page after %lld ms\n",
                static_cast<long long>(model.totalCount()), static_cast<long long>(countMs),
                static_cast<long long>(firstPageMs));

    // Jumps like a dragged scroll bar: each lands on a page nobody asked for yet.
    for (double at : {0.1, 0.5, 0.9, 1.0}) {
        QScrollBar* bar = view.verticalScrollBar();
        bar->setValue(static_cast<int>(bar->maximum() * at));
        const int row = view.rowAt(view.viewport()->height() / 2);
        clock.restart();
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(model, row); }, 60000)) << "row " << row;
        std::printf("  jump to %3.0f%% (row %d): rows shown after %lld ms\n", at * 100, row,
                    static_cast<long long>(clock.elapsed()));
    }

    // A fast drag through the whole list: only the pages it stops on are fetched.
    const int before = model.pagesRequested();
    QScrollBar* bar = view.verticalScrollBar();
    for (int step = 0; step <= 100; ++step) {
        bar->setValue(bar->maximum() / 100 * step);
        QCoreApplication::processEvents();
    }
    const int row = view.rowAt(view.viewport()->height() / 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(model, row); }, 60000));
    std::printf("  a drag over 100 positions fetched %d pages\n", model.pagesRequested() - before);
    EXPECT_LT(model.pagesRequested(), model.totalCount() / model.pageSize() / 10) << "far from loading everything";
}

// A search on the large database, a file or a PostgreSQL address (INGOTDESK_BIG_DB): when its first
// rows are on screen, and when its count is known. The first page is asked for before the count.
TEST(QueueOnLargeDatabase, SearchShowsItsFirstRowsBeforeItsCount)
{
    if (bigDb().isEmpty())
        GTEST_SKIP() << "set INGOTDESK_BIG_DB to a large database (file or postgresql:// address) to measure";
    TicketQueueModel model(QueuePageLoader::forDatabase(bigDb()));
    TicketQueueView view;
    view.resize(1200, 800);
    view.setQueueModel(&model);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.isCountKnown() && loaded(model, 0); }, 60000));
    for (const char* term : {"氧化", "打包带", "铅锭表面发白", "界首", "T2025-0001"}) {
        QueueFilter filter;
        filter.text = QString::fromUtf8(term);
        QElapsedTimer clock;
        clock.start();
        model.setFilter(filter);
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() > 0 && loaded(model, 0); }, 60000)) << term;
        const qint64 rowsMs = clock.elapsed();
        const bool countFirst = model.isCountKnown();
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.isCountKnown(); }, 60000)) << term;
        std::printf("  %s: first rows after %lld ms%s, count %lld after %lld ms\n", term,
                    static_cast<long long>(rowsMs), countFirst ? " (count already known)" : "",
                    static_cast<long long>(model.totalCount()), static_cast<long long>(clock.elapsed()));
    }
}
