#pragma once

#include "app/quality/BatchTraceService.h"

#include <QWidget>
#include <memory>

class QStandardItemModel;

namespace Ui {
class BatchTraceWindow;
}

namespace ingot {

// Batch traceability (批次追溯): type a batch number (or a ticket number, to see its batch) and see
// every customer that received the batch, every ticket about it and the assays done on it.
class BatchTraceWindow final : public QWidget {
    Q_OBJECT
public:
    BatchTraceWindow(Store& store, const Clock& clock, QWidget* parent = nullptr);
    ~BatchTraceWindow() override;

    QStandardItemModel* deliveries() const { return m_deliveries; }
    QStandardItemModel* tickets() const { return m_tickets; }
    QString summary() const;

public slots:
    // A batch number, or a ticket number (T2026-000123) whose batch is traced.
    void trace(const QString& key);

private:
    void showTrace(const BatchTraceService::Trace& trace, const QString& fromTicket);

    std::unique_ptr<Ui::BatchTraceWindow> m_ui;
    BatchTraceService m_service;
    QStandardItemModel* m_deliveries;
    QStandardItemModel* m_tickets;
    QStandardItemModel* m_assays;
};

} // namespace ingot
