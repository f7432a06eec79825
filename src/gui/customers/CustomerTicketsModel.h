#pragma once

#include "core/customers/CustomerTicketLine.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ingot {

// Every ticket of one customer, newest first, with how it ended. Thousands of rows are fine: the
// lines are small and the view asks for the visible ones only.
class CustomerTicketsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ReportedColumn,
        CategoryColumn,
        PriorityColumn,
        StageColumn,
        AssigneeColumn,
        OutcomeColumn,
        TitleColumn,
        ColumnCount
    };

    explicit CustomerTicketsModel(QObject* parent = nullptr);

    void setTickets(QList<CustomerTicketLine> tickets);
    void setAssigneeNames(QHash<QString, QString> names);
    const CustomerTicketLine& line(int row) const { return m_tickets.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "resolved 03-12 · 5/5 · breached · reopened", translated.
    static QString outcome(const CustomerTicketLine& line);

private:
    QList<CustomerTicketLine> m_tickets;
    QHash<QString, QString> m_names;
};

} // namespace ingot
