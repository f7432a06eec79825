#include "gui/queue/TicketQueueView.h"

#include "gui/common/Countdown.h"
#include "gui/common/StagePillDelegate.h"
#include "gui/queue/TicketQueueModel.h"

#include <QHeaderView>

namespace ingot {

TicketQueueView::TicketQueueView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("queueView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false);  // header clicks map to queue sorts below; most columns do not sort
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView* rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);
    rows->setVisible(false);

    QHeaderView* columns = horizontalHeader();
    columns->setSectionsClickable(true);
    columns->setSectionsMovable(true);
    columns->setSortIndicatorShown(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(columns, &QHeaderView::sectionClicked, this, &TicketQueueView::onHeaderClicked);
}

void TicketQueueView::setQueueModel(TicketQueueModel* model)
{
    m_model = model;
    setModel(model);
    setItemDelegateForColumn(TicketQueueModel::StageColumn,
                             new StagePillDelegate(TicketQueueModel::StageRole, this));
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(model, &QAbstractItemModel::dataChanged, this, &TicketQueueView::onDataChanged);
    // A new filter clears the selection but not the detail pane: the agent may still be reading it.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_pendingRow = -1;
        m_current.clear();
    });
    applyDefaultColumnWidths();
    showSortIndicator();
}

void TicketQueueView::applyDefaultColumnWidths()
{
    // Measured on the labels of the language in use, so that Chinese columns are not as wide as English.
    const QFontMetrics fm = fontMetrics();
    const auto w = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 20; };
    const auto widest = [&w](const QStringList& labels) {
        int most = 0;
        for (const QString& l : labels)
            most = std::max(most, w(l));
        return most;
    };
    QStringList stages, categories, regions;
    for (Stage s : allStages())
        stages << stageLabel(s);
    for (Category c : allCategories())
        categories << categoryLabel(c);
    for (Region r : allRegions())
        regions << regionLabel(r);
    const auto header = [this, &w](int column) {
        return w(model() ? model()->headerData(column, Qt::Horizontal).toString() : QString()) + 12;
    };

    QHeaderView* h = horizontalHeader();
    h->resizeSection(TicketQueueModel::NumberColumn, w(QStringLiteral("T2026-0000000")));
    h->resizeSection(TicketQueueModel::CustomerColumn, w(QStringLiteral("哈尔滨骆驼铅酸电池")));
    h->resizeSection(TicketQueueModel::CategoryColumn, std::max(widest(categories), header(TicketQueueModel::CategoryColumn)));
    h->resizeSection(TicketQueueModel::PriorityColumn, std::max(w(QStringLiteral("P1")), header(TicketQueueModel::PriorityColumn)));
    // The longest stage ("Waiting for customer") may elide so that the title keeps some room.
    h->resizeSection(TicketQueueModel::StageColumn,
                     std::max(std::min(widest(stages), w(stageLabel(Stage::Feedback))) + 16, header(TicketQueueModel::StageColumn)));
    h->resizeSection(TicketQueueModel::TierColumn, std::max(w(QStringLiteral("A")), header(TicketQueueModel::TierColumn)));
    h->resizeSection(TicketQueueModel::RegionColumn, std::max(widest(regions), header(TicketQueueModel::RegionColumn)));
    h->resizeSection(TicketQueueModel::AssigneeColumn, std::max(w(QStringLiteral("欧阳晓明")), header(TicketQueueModel::AssigneeColumn)));
    h->resizeSection(TicketQueueModel::ReportedColumn, w(QStringLiteral("2026-10-09 17:00")));
    h->resizeSection(TicketQueueModel::DueColumn, std::max(w(QStringLiteral("10-09 17:00")), header(TicketQueueModel::DueColumn)));
    h->resizeSection(TicketQueueModel::TimeLeftColumn,
                     std::max(w(Countdown::text(1, 1 + 86399)), header(TicketQueueModel::TimeLeftColumn)));
}

QByteArray TicketQueueView::columnState() const
{
    return horizontalHeader()->saveState();
}

void TicketQueueView::restoreColumnState(const QByteArray& state)
{
    horizontalHeader()->restoreState(state);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    showSortIndicator();
}

void TicketQueueView::onHeaderClicked(int column)
{
    if (!m_model)
        return;
    if (column == TicketQueueModel::ReportedColumn) {
        // The date column toggles newest/oldest; every other sortable column has one useful order.
        const bool newest = m_model->sortOrder() == QueueSort::NewestFirst;
        m_model->setSortOrder(newest ? QueueSort::OldestFirst : QueueSort::NewestFirst);
    } else if (const auto sort = TicketQueueModel::sortForColumn(column, Qt::AscendingOrder)) {
        m_model->setSortOrder(*sort);
    }
    showSortIndicator();
}

void TicketQueueView::showSortIndicator()
{
    if (!m_model)
        return;
    const auto [column, order] = TicketQueueModel::columnForSort(m_model->sortOrder());
    horizontalHeader()->setSortIndicator(column, order);
}

void TicketQueueView::onCurrentRowChanged(const QModelIndex& current)
{
    if (!m_model)
        return;
    if (!current.isValid()) {
        m_pendingRow = -1;
        m_current.clear();
        return;
    }
    const QString number = m_model->numberAt(current.row());
    if (number.isEmpty()) {
        m_pendingRow = current.row();
        return;
    }
    m_pendingRow = -1;
    if (number != m_current) {
        m_current = number;
        emit currentTicketChanged(number);
    }
}

void TicketQueueView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (m_pendingRow < topLeft.row() || m_pendingRow > bottomRight.row())
        return;
    const QString number = m_model->numberAt(m_pendingRow);
    if (number.isEmpty())
        return;
    m_pendingRow = -1;
    if (number != m_current) {
        m_current = number;
        emit currentTicketChanged(number);
    }
}

}  // namespace ingot
