#include "gui/ticket/TicketHistoryModel.h"

#include "core/common/Instant.h"

#include <algorithm>

namespace ingot {

TicketHistoryModel::TicketHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void TicketHistoryModel::setEvents(QList<TicketEvent> events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

void TicketHistoryModel::setTechnicianNames(const QHash<QString, QString>& names)
{
    m_names = names;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

int TicketHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TicketHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketHistoryModel::valueText(const TicketEvent& e) const
{
    if (e.value.isEmpty())
        return {};
    if (e.action == Action::Dispatch)
        return m_names.contains(e.value) ? QStringLiteral("%1 (%2)").arg(m_names.value(e.value), e.value) : e.value;
    if (e.action == Action::Survey)
        return tr("%1 / 5").arg(e.value);
    return e.value;
}

QVariant TicketHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TicketEvent& e = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !e.note.isEmpty())
        return e.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return Instant::formatShort(e.at);
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return actionLabel(e.action);
    case StagesColumn:
        return e.from == e.to ? stageLabel(e.to) : QStringLiteral("%1 → %2").arg(stageLabel(e.from), stageLabel(e.to));
    case ValueColumn:
        return valueText(e);
    case NoteColumn:
        return e.note;
    default:
        return {};
    }
}

QVariant TicketHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case ActionColumn:
        return tr("Action");
    case StagesColumn:
        return tr("Stage");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

}  // namespace ingot
