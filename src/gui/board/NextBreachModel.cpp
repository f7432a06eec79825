#include "gui/board/NextBreachModel.h"

#include "gui/board/BoardFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ingot {

NextBreachModel::NextBreachModel(const Clock& clock, QObject* parent) : QAbstractTableModel(parent), m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn), {Qt::DisplayRole});
    });
    m_tick.start();
}

void NextBreachModel::setRows(const QList<NextBreach>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int NextBreachModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NextBreachModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NextBreachModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const NextBreach& n = m_rows.at(index.row());
    if (role == NumberRole)
        return n.number;
    if (role == DueRole)
        return n.dueAt;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TicketColumn:
            return n.number;
        case CustomerColumn:
            return n.customer;
        case ClockColumn:
            return slaMetricLabel(n.metric);
        case TimeLeftColumn:
            // A leading "!" marks the at-risk rows for print and for readers who do not see colour.
            return (n.atRisk ? QStringLiteral("! ") : QString()) + BoardFormat::timeLeft(n.dueAt - m_clock.now());
        case AssigneeColumn:
            return n.assigneeName.isEmpty() ? (n.assignee.isEmpty() ? tr("unassigned") : n.assignee) : n.assigneeName;
        case TierColumn:
            return tierKey(n.tier);
        case PriorityColumn:
            return priorityKey(n.priority);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == TimeLeftColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (index.column() == TimeLeftColumn || n.atRisk)) {
        QFont f;
        f.setBold(n.atRisk);
        if (index.column() == TimeLeftColumn)
            f.setFamily(QStringLiteral("monospace"));
        return f;
    }
    if (role == Qt::ForegroundRole && n.atRisk && index.column() == TimeLeftColumn)
        return QBrush(QColor(0xb0, 0x30, 0x00));
    if (role == Qt::ToolTipRole && n.atRisk)
        return tr("At risk: 75% or more of the target used");
    return {};
}

QVariant NextBreachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case CustomerColumn:
        return tr("Customer");
    case ClockColumn:
        return tr("Clock");
    case TimeLeftColumn:
        return tr("Time left");
    case AssigneeColumn:
        return tr("Assignee");
    case TierColumn:
        return tr("Tier");
    case PriorityColumn:
        return tr("Priority");
    default:
        return {};
    }
}

} // namespace ingot
