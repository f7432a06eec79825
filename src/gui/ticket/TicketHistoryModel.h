#pragma once

#include "core/tickets/TicketEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ingot {

// One ticket's history, oldest first so that the newest entry is at the bottom like a chat.
class TicketHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // The action's value (technician, score) is shown with the action. EntryColumn puts action,
    // change of stage and note together on two lines, for the narrow ticket pane.
    enum Column { TimeColumn, ActorColumn, ActionColumn, StagesColumn, NoteColumn, EntryColumn, ColumnCount };

    explicit TicketHistoryModel(QObject* parent = nullptr);

    void setEvents(QList<TicketEvent> events);
    void setTechnicianNames(const QHash<QString, QString>& names);  // login -> name, for dispatch values
    const QList<TicketEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const TicketEvent& event) const;

    QList<TicketEvent> m_events;
    QHash<QString, QString> m_names;
};

}  // namespace ingot
