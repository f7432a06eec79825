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
        emit dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn));
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
    if (role == Qt::ToolTipRole) {
        if ((index.column() == NoteColumn || index.column() == EntryColumn) && !e.note.isEmpty())
            return e.note;
        if (index.column() == TimeColumn)
            return Instant::formatShort(e.at);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EntryColumn: {
        QString entry = data(index.siblingAtColumn(ActionColumn)).toString();
        if (const QString stages = data(index.siblingAtColumn(StagesColumn)).toString(); !stages.isEmpty())
            entry += QStringLiteral("  ·  ") + stages;
        if (!e.note.isEmpty())
            entry += QLatin1Char('\n') + e.note;
        return entry;
    }
    case TimeColumn:
        return Instant::formatShort(e.at).mid(5);  // "10-09 17:00"; the year is in the tooltip
    case ActorColumn:
        return e.actor;
    case ActionColumn: {
        const QString value = valueText(e);
        return value.isEmpty() ? actionLabel(e.action) : tr("%1: %2").arg(actionLabel(e.action), value);
    }
    case StagesColumn:
        // Only changes of stage: most entries (respond, dispatch, notes) leave it as it was.
        return e.from == e.to ? QString() : QStringLiteral("%1 → %2").arg(stageLabel(e.from), stageLabel(e.to));
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
    case NoteColumn:
        return tr("Note");
    case EntryColumn:
        return tr("What happened");
    default:
        return {};
    }
}

}  // namespace ingot
