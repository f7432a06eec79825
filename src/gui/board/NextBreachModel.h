#pragma once

#include "core/board/BoardTypes.h"
#include "core/common/Clock.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace ingot {

// The "next to breach" list: open tickets whose clock has not run out yet, nearest due first, with
// the time left counting down every second between refreshes.
class NextBreachModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TicketColumn,
        CustomerColumn,
        ClockColumn,
        TimeLeftColumn,
        AssigneeColumn,
        TierColumn,
        PriorityColumn,
        ColumnCount
    };
    static constexpr int NumberRole = Qt::UserRole + 1; // the ticket number, any column
    static constexpr int DueRole = Qt::UserRole + 2;    // the due instant, epoch seconds

    explicit NextBreachModel(const Clock& clock, QObject* parent = nullptr);

    void setRows(const QList<NextBreach>& rows);
    const QList<NextBreach>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Clock& m_clock;
    QList<NextBreach> m_rows;
    QTimer m_tick;
};

} // namespace ingot
