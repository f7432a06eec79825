#pragma once

#include "core/service/ServiceTask.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ingot {

class DeskSession;

// The scheduled service tasks (follow-up visits, inspections, seasonal advice) as a list in the
// desk: by default the signed-in user's open ones, soonest due first, overdue in red; a task is
// closed as done or cancelled with a note. The list is short (open tasks of one owner), so it is
// read directly; the service checks who may close what.
class ServiceTasksPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ServiceTasksPanel(DeskSession& session, QWidget* parent = nullptr);

    void reload();
    // Closes the selected task; false (with the reason shown) when nothing is selected or refused.
    bool finishSelected(ServiceTaskStatus status, const QString& note);
    int taskCount() const;

private:
    void askAndFinish(ServiceTaskStatus status);

    DeskSession& m_session;
    QList<ServiceTask> m_tasks;
    QCheckBox* m_mineOnly;
    QTableWidget* m_table;
    QPushButton* m_done;
    QPushButton* m_cancel;
    QLabel* m_message;
};

}  // namespace ingot
