#pragma once

#include <QTableView>

namespace ingot {

class TicketQueueModel;

// The queue table: fixed row heights (a million rows must never be measured), header clicks
// mapped to the queue's sort orders, and the selected ticket reported by number — once its row
// has loaded.
class TicketQueueView final : public QTableView {
    Q_OBJECT
public:
    explicit TicketQueueView(QWidget* parent = nullptr);

    void setQueueModel(TicketQueueModel* model);
    TicketQueueModel* queueModel() const { return m_model; }

    // Column widths that fit the usual content; the window restores the user's own afterwards.
    void applyDefaultColumnWidths();
    // Column widths and order as the user left them; the sort shown stays the model's.
    QByteArray columnState() const;
    void restoreColumnState(const QByteArray& state);

signals:
    void currentTicketChanged(const QString& number);

private:
    void onHeaderClicked(int column);
    void onCurrentRowChanged(const QModelIndex& current);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void showSortIndicator();

    TicketQueueModel* m_model = nullptr;
    int m_pendingRow = -1;  // selected before its page arrived
    QString m_current;
};

}  // namespace ingot
