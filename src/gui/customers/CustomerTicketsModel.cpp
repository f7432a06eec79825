#include "gui/customers/CustomerTicketsModel.h"

#include "core/common/Instant.h"
#include "gui/common/DomainStyle.h"

#include <QColor>

namespace ingot {

CustomerTicketsModel::CustomerTicketsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTicketsModel::setTickets(QList<CustomerTicketLine> tickets)
{
    beginResetModel();
    m_tickets = std::move(tickets);
    endResetModel();
}

void CustomerTicketsModel::setAssigneeNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn));
}

int CustomerTicketsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int CustomerTicketsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTicketsModel::outcome(const CustomerTicketLine& t)
{
    QStringList parts;
    if (t.stage == Stage::Cancelled)
        parts << tr("cancelled");
    else if (t.resolvedAt)
        parts << tr("resolved %1").arg(Instant::formatShort(*t.resolvedAt).left(10));
    else
        parts << tr("open");
    if (t.surveyScore)
        parts << tr("%1/5").arg(*t.surveyScore);
    if (t.breached)
        parts << tr("SLA breached");
    if (t.reopenCount > 0)
        parts << tr("reopened");
    return parts.join(QStringLiteral(" · "));
}

QVariant CustomerTicketsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const CustomerTicketLine& t = m_tickets.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return t.number;
        case ReportedColumn:
            return Instant::formatShort(t.reportedAt);
        case CategoryColumn:
            return categoryLabel(t.category);
        case PriorityColumn:
            return priorityLabel(t.priority);
        case StageColumn:
            return stageLabel(t.stage);
        case AssigneeColumn:
            return m_names.value(t.assignee, t.assignee);
        case OutcomeColumn:
            return outcome(t);
        case TitleColumn:
            return t.title;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return t.batchNo.isEmpty() ? t.title : tr("%1\nOrder %2, batch %3").arg(t.title, t.orderNo, t.batchNo);
    if (role == Qt::ForegroundRole) {
        if (index.column() == OutcomeColumn && t.breached)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == PriorityColumn) {
            const QColor c = DomainStyle::priorityColor(t.priority);
            return c.isValid() ? QVariant(c) : QVariant();
        }
    }
    return {};
}

QVariant CustomerTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case ReportedColumn:
        return tr("Reported");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Priority");
    case StageColumn:
        return tr("Stage");
    case AssigneeColumn:
        return tr("Technician");
    case OutcomeColumn:
        return tr("Outcome");
    case TitleColumn:
        return tr("Title");
    default:
        return {};
    }
}

} // namespace ingot
