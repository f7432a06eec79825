#pragma once

#include "core/repositories/QueueQuery.h"
#include "gui/queue/QueuePageCache.h"
#include "gui/queue/QueuePageLoader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>

namespace ingot {

// The ticket queue as a lazy table: it never holds all rows. The row count comes from a count
// query and the rows from pages, both run by a QueuePageLoader on a worker thread; a small LRU
// cache keeps recently shown pages. A row whose page is not here yet shows a placeholder and asks
// for its page; the page arrives through a queued signal and the rows are repainted.
//
// Each filter or sort change starts a new generation: answers for older generations are dropped.
// refresh() also starts one but keeps the rows on screen until their fresh pages arrive, so the
// selection and scroll position survive a change made at this desk.
class TicketQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        CategoryColumn,
        PriorityColumn,
        StageColumn,
        TierColumn,
        RegionColumn,
        AssigneeColumn,
        ReportedColumn,
        DueColumn,
        TimeLeftColumn,  // a live countdown to DueColumn, ticking by itself
        TitleColumn,
        ColumnCount
    };
    enum Role { StageRole = Qt::UserRole + 1, NumberRole, LoadedRole };

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kDefaultCachedPages = 32;
    static constexpr int kMaxWantedPages = 8;  // a fast scroll drops the pages it flew past
    static constexpr int kTickMs = 15000;  // the countdown shows minutes: a quarter-minute tick is live enough

    TicketQueueModel(QueuePageLoader::StoreFactory storeFactory, QObject* parent = nullptr,
                     int pageSize = kDefaultPageSize, int cachedPages = kDefaultCachedPages);
    ~TicketQueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The queue sort a click on `column` means, if the column sorts at all.
    static std::optional<QueueSort> sortForColumn(int column, Qt::SortOrder order);
    // The column and direction that show `sort` in the header.
    static std::pair<int, Qt::SortOrder> columnForSort(QueueSort sort);

    const QueueFilter& filter() const { return m_filter; }
    void setFilter(const QueueFilter& filter);
    QueueSort sortOrder() const { return m_sort; }
    void setSortOrder(QueueSort sort);
    // Re-counts and re-reads the pages in view, keeping the old rows on screen meanwhile.
    void refresh();

    // Where the countdown reads the time (tests freeze it); the default is the wall clock.
    void setNowSource(std::function<qint64()> now);

    // login -> display name, for the assignee column.
    void setAssigneeNames(const QHash<QString, QString>& names);

    // The ticket number of a row; empty while its page is loading.
    QString numberAt(int row) const;
    bool isCountKnown() const { return m_countKnown; }
    qint64 totalCount() const { return m_total; }

    // Diagnostics: how many page queries this model has sent (tests and measurements).
    int pagesRequested() const { return m_pagesRequested; }
    int pageSize() const { return m_pageSize; }

signals:
    void countingStarted();
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void loadFailed(const QString& message);

private:
    enum class Restart {
        Reset,    // new filter: forget rows and count
        Reorder,  // new sort: same count, forget rows
        Refresh,  // same filter and sort: keep rows on screen until fresh pages replace them
    };
    void startGeneration(Restart restart);
    void requestFirstPageAndCount();
    void requestCount();
    void requestPage(int page) const;
    void dispatchNextPage() const;
    const QueueRow* rowAt(int row) const;
    QVariant displayText(const QueueRow& row, int column) const;

    void onCounted(quint64 generation, qint64 rows);
    void onFetched(quint64 generation, int page, const QList<QueueRow>& rows);
    void onFailed(quint64 generation, int page, const QString& message);

    int m_pageSize;
    QueueFilter m_filter;
    QueueSort m_sort = QueueSort::NewestFirst;
    QHash<QString, QString> m_assigneeNames;
    std::function<qint64()> m_now;
    QTimer m_tick;  // repaints the countdown column; no query runs

    quint64 m_generation = 1;
    bool m_countKnown = false;
    qint64 m_total = 0;
    int m_rows = 0;

    // Scheduling is driven from const data(), hence mutable: it changes what is loading, never what
    // the model reports.
    mutable QueuePageCache m_cache;
    mutable QList<int> m_wanted;  // pages to fetch, most recently asked for last
    mutable int m_inFlightPage = -1;
    mutable quint64 m_inFlightGeneration = 0;
    mutable int m_pagesRequested = 0;

    QThread m_thread;
    QueuePageLoader* m_loader;  // lives in m_thread
};

}  // namespace ingot
