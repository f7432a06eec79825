#include "gui/queue/TicketQueueModel.h"

#include "core/common/Instant.h"
#include "gui/common/Countdown.h"
#include "gui/common/DomainStyle.h"

#include <QDateTime>

#include <QFont>
#include <limits>

namespace ingot {

namespace {
const QString kPlaceholder = QStringLiteral("…");
}

TicketQueueModel::TicketQueueModel(QueuePageLoader::StoreFactory storeFactory, QObject* parent, int pageSize,
                                   int cachedPages)
    : QAbstractTableModel(parent), m_pageSize(std::max(1, pageSize)), m_cache(cachedPages),
      m_loader(new QueuePageLoader(std::move(storeFactory)))
{
    m_thread.setObjectName(QStringLiteral("queue-loader"));
    m_loader->moveToThread(&m_thread);
    connect(m_loader, &QueuePageLoader::counted, this, &TicketQueueModel::onCounted);
    connect(m_loader, &QueuePageLoader::fetched, this, &TicketQueueModel::onFetched);
    connect(m_loader, &QueuePageLoader::failed, this, &TicketQueueModel::onFailed);
    m_thread.start();
    requestFirstPageAndCount();

    m_now = [] { return QDateTime::currentSecsSinceEpoch(); };
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, TimeLeftColumn), index(m_rows - 1, TimeLeftColumn),
                             {Qt::DisplayRole, Qt::ForegroundRole});
    });
    m_tick.start();
}

void TicketQueueModel::setNowSource(std::function<qint64()> now)
{
    m_now = std::move(now);
}

TicketQueueModel::~TicketQueueModel()
{
    // The loader's store must be closed by the thread that opened it.
    QMetaObject::invokeMethod(m_loader, &QueuePageLoader::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_loader;
}

int TicketQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TicketQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueRow* TicketQueueModel::rowAt(int row) const
{
    const int page = row / m_pageSize;
    const QueuePageCache::Page* cached = m_cache.find(page);
    const bool fresh = cached && cached->generation == m_generation;
    const QueueRow* found = nullptr;
    if (cached) {
        const int offset = row % m_pageSize;
        if (offset < cached->rows.size())
            found = &cached->rows.at(offset);
    }
    if (!fresh)
        requestPage(page);
    return found;
}

QString TicketQueueModel::numberAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return {};
    const QueueRow* r = rowAt(row);
    return r ? r->number : QString();
}

QVariant TicketQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= ColumnCount)
        return {};
    const QueueRow* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole)
            return kPlaceholder;
        if (role == LoadedRole)
            return false;
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        return displayText(*r, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PriorityColumn:
            return priorityLabel(r->priority);
        case TierColumn:
            return tierLabel(r->tier);
        case AssigneeColumn:
            return r->assignee.isEmpty() ? tr("Unassigned") : r->assignee;
        case TitleColumn:
            return r->title;
        case CustomerColumn:
            return r->customerName;
        case DueColumn:
        case TimeLeftColumn:
            return r->nextDueAt > 0 ? Instant::formatShort(r->nextDueAt) : QString();
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == PriorityColumn && DomainStyle::priorityIsBold(r->priority)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn) {
            const QColor color = DomainStyle::priorityColor(r->priority);
            if (color.isValid())
                return color;
        }
        if (index.column() == TimeLeftColumn) {
            const QColor color = Countdown::color(r->nextDueAt, r->nextAtRiskAt, m_now());
            if (color.isValid())
                return color;
        }
        return {};
    case StageRole:
        return static_cast<int>(r->stage);
    case NumberRole:
        return r->number;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant TicketQueueModel::displayText(const QueueRow& r, int column) const
{
    switch (column) {
    case NumberColumn:
        return r.number;
    case CustomerColumn:
        return r.customerName;
    case CategoryColumn:
        return categoryLabel(r.category);
    case PriorityColumn:
        return priorityKey(r.priority);
    case StageColumn:
        return stageLabel(r.stage);
    case TierColumn:
        return tierKey(r.tier);
    case RegionColumn:
        return regionLabel(r.region);
    case AssigneeColumn:
        return m_assigneeNames.value(r.assignee, r.assignee);
    case ReportedColumn:
        return Instant::formatShort(r.reportedAt);
    case DueColumn:  // due times are close to now: month and day are enough, the tooltip has the year
        return r.nextDueAt > 0 ? Instant::formatShort(r.nextDueAt).mid(5) : QString();
    case TimeLeftColumn:
        return Countdown::text(r.nextDueAt, m_now());
    case TitleColumn:
        return r.title;
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && sortForColumn(section, Qt::AscendingOrder))
        return tr("Click to sort");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CustomerColumn:
        return tr("Customer");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Priority");
    case StageColumn:
        return tr("Stage");
    case TierColumn:
        return tr("Tier");
    case RegionColumn:
        return tr("Region");
    case AssigneeColumn:
        return tr("Assignee");
    case ReportedColumn:
        return tr("Reported");
    case DueColumn:
        return tr("Next due");
    case TimeLeftColumn:
        return tr("Time left");
    case TitleColumn:
        return tr("Title");
    default:
        return {};
    }
}

std::optional<QueueSort> TicketQueueModel::sortForColumn(int column, Qt::SortOrder order)
{
    switch (column) {
    case ReportedColumn:
        return order == Qt::DescendingOrder ? QueueSort::NewestFirst : QueueSort::OldestFirst;
    case PriorityColumn:
        return QueueSort::PriorityFirst;
    case DueColumn:
        return QueueSort::DueFirst;
    default:
        return std::nullopt;
    }
}

std::pair<int, Qt::SortOrder> TicketQueueModel::columnForSort(QueueSort sort)
{
    switch (sort) {
    case QueueSort::NewestFirst:
        return {ReportedColumn, Qt::DescendingOrder};
    case QueueSort::OldestFirst:
        return {ReportedColumn, Qt::AscendingOrder};
    case QueueSort::PriorityFirst:
        return {PriorityColumn, Qt::AscendingOrder};
    case QueueSort::DueFirst:
        return {DueColumn, Qt::AscendingOrder};
    }
    return {ReportedColumn, Qt::DescendingOrder};
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (const auto s = sortForColumn(column, order))
        setSortOrder(*s);
}

void TicketQueueModel::setFilter(const QueueFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    startGeneration(Restart::Reset);
}

void TicketQueueModel::setSortOrder(QueueSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    startGeneration(Restart::Reorder);
}

void TicketQueueModel::refresh()
{
    startGeneration(Restart::Refresh);
}

void TicketQueueModel::setAssigneeNames(const QHash<QString, QString>& names)
{
    m_assigneeNames = names;
    if (m_rows > 0)
        emit dataChanged(index(0, AssigneeColumn), index(m_rows - 1, AssigneeColumn), {Qt::DisplayRole});
}

void TicketQueueModel::startGeneration(Restart restart)
{
    ++m_generation;
    m_wanted.clear();
    switch (restart) {
    case Restart::Reset:
        beginResetModel();
        m_cache.clear();
        m_rows = 0;
        m_total = 0;
        m_countKnown = false;
        endResetModel();
        requestFirstPageAndCount();
        break;
    case Restart::Reorder:
        beginResetModel();
        m_cache.clear();
        endResetModel();
        break;
    case Restart::Refresh:
        requestCount();
        // Repaint so that the rows in view notice their pages are stale and ask again.
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        break;
    }
}

void TicketQueueModel::requestFirstPageAndCount()
{
    // The first page goes to the loader before the count: a count of a common search term reads every
    // match (half a second at a million tickets on PostgreSQL), a page of it a few dozen rows. Until
    // the count arrives the model has the rows of that page.
    requestPage(0);
    requestCount();
}

void TicketQueueModel::requestCount()
{
    emit countingStarted();
    const quint64 generation = m_generation;
    const QueueFilter filter = m_filter;
    QueuePageLoader* loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader, generation, filter] { loader->count(generation, filter); });
}

void TicketQueueModel::requestPage(int page) const
{
    if (page == m_inFlightPage && m_inFlightGeneration == m_generation)
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWantedPages)
        m_wanted.removeFirst();
    dispatchNextPage();
}

void TicketQueueModel::dispatchNextPage() const
{
    if (m_inFlightPage >= 0)
        return;
    while (!m_wanted.isEmpty()) {
        // Newest wish first: after a fast scroll, the page now in view matters, not those passed.
        const int page = m_wanted.takeLast();
        const QueuePageCache::Page* cached = m_cache.find(page);
        if (cached && cached->generation == m_generation)
            continue;
        m_inFlightPage = page;
        m_inFlightGeneration = m_generation;
        ++m_pagesRequested;
        QueuePageLoader* loader = m_loader;
        const quint64 generation = m_generation;
        const QueueFilter filter = m_filter;
        const QueueSort sort = m_sort;
        const int size = m_pageSize;
        QMetaObject::invokeMethod(loader, [=] { loader->fetch(generation, filter, sort, page, size); });
        return;
    }
}

void TicketQueueModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    m_total = rows;
    const int newRows = static_cast<int>(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (newRows > m_rows) {
        beginInsertRows({}, m_rows, newRows - 1);
        m_rows = newRows;
        endInsertRows();
    } else if (newRows < m_rows) {
        beginRemoveRows({}, newRows, m_rows - 1);
        m_rows = newRows;
        endRemoveRows();
    }
    m_countKnown = true;
    emit countChanged(m_total);
}

void TicketQueueModel::onFetched(quint64 generation, int page, const QList<QueueRow>& rows)
{
    if (page == m_inFlightPage && generation == m_inFlightGeneration)
        m_inFlightPage = -1;
    if (generation == m_generation) {
        m_cache.insert(page, {rows, generation});
        if (page == 0 && !m_countKnown && rows.size() > m_rows) {
            beginInsertRows({}, m_rows, static_cast<int>(rows.size()) - 1);
            m_rows = static_cast<int>(rows.size());
            endInsertRows();
        }
        const int first = page * m_pageSize;
        const int last = std::min(m_rows, first + m_pageSize) - 1;
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        emit pageLoaded(page);
    }
    dispatchNextPage();
}

void TicketQueueModel::onFailed(quint64 generation, int page, const QString& message)
{
    if (page >= 0 && page == m_inFlightPage && generation == m_inFlightGeneration)
        m_inFlightPage = -1;
    if (generation == m_generation) {
        // Remember the failed page as empty so that painting does not retry it in a loop;
        // the next refresh asks again.
        if (page >= 0)
            m_cache.insert(page, {{}, generation});
        emit loadFailed(message);
    }
    dispatchNextPage();
}

}  // namespace ingot
