#pragma once

#include "core/customers/Technician.h"
#include "core/dispatch/DispatchRanking.h"
#include "core/tickets/TicketTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace ingot {

// The small form an action asks for: dispatch picks a technician, a survey takes a score 1-5,
// a cancellation needs a reason; every action may carry a note.
class ActionDialog final : public QDialog {
    Q_OBJECT
public:
    ActionDialog(Action action, const QString& ticketNumber, const QList<Technician>& technicians,
                 const QString& currentAssignee, QWidget* parent = nullptr);

    // Dispatch only: orders the technicians by the dispatch engine's ranking, preselects the best
    // eligible one other than the current assignee, and shows why (tooltips carry every reason).
    void showSuggestions(const DispatchRanking& ranking);

    QString value() const;
    QString note() const;

    static bool noteRequired(Action action) { return action == Action::Cancel; }

private:
    void updateOk();

    Action m_action;
    QComboBox* m_technician = nullptr;
    QSpinBox* m_score = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_advice = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace ingot
