#pragma once

#include "app/quality/ImprovementService.h"
#include "app/quality/RecurrenceService.h"

#include <QWidget>
#include <memory>

class QStandardItemModel;

namespace Ui {
class ImprovementActionsWindow;
}

namespace ingot {

// The manager's list of improvement actions (改进措施) with the selected one's analysis and
// history: detect recurring problems into new actions, fill in root cause, corrective action,
// owner, due date and verification, and move it open -> in progress -> verified -> closed.
// Overdue actions are shown in red.
class ImprovementActionsWindow final : public QWidget {
    Q_OBJECT
public:
    ImprovementActionsWindow(Store& store, const Clock& clock, QString actor, QWidget* parent = nullptr);
    ~ImprovementActionsWindow() override;

    QStandardItemModel* model() const { return m_model; }
    QString currentNumber() const;
    bool select(const QString& number);

public slots:
    void reload();
    void detect();

private:
    void showCurrent();
    void save();
    void step(ImprovementStep step);
    void showError(const Error& error);
    ImprovementAction edited() const;

    std::unique_ptr<Ui::ImprovementActionsWindow> m_ui;
    ImprovementService m_service;
    RecurrenceService m_recurrence;
    const Clock& m_clock;
    QString m_actor;
    QStandardItemModel* m_model;
    QList<ImprovementAction> m_actions;
    std::optional<ImprovementAction> m_current;
};

} // namespace ingot
