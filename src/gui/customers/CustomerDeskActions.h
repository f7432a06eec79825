#pragma once

#include <QObject>
#include <memory>

class QAction;
class QMenu;

namespace ingot {

class AutoDispatch;
class CustomerArchiveWindow;
class ServiceTasksPanel;
class DeskSession;
class MainWindow;

// What customers, tiers and dispatch add to the desk window: the "Customer archive…" action
// (Ctrl+Shift+C) for the shown ticket's customer or one the agent names, and auto-dispatch of new
// tickets when the setting is on. Owned by the window.
class CustomerDeskActions final : public QObject {
    Q_OBJECT
public:
    static CustomerDeskActions* install(MainWindow& window, DeskSession& session);
    ServiceTasksPanel* serviceTasks() const { return m_tasks; }
    ~CustomerDeskActions() override;

    QAction* archiveAction() const { return m_archiveAction; }

public slots:
    // Opens the archive of `code`; an empty code means the shown ticket's customer, or asks.
    // Returns the window, or null when the agent gave no customer.
    CustomerArchiveWindow* openArchive(const QString& code = {});

private:
    CustomerDeskActions(MainWindow& window, DeskSession& session);
    void installServiceTasks(QMenu& menu);

    MainWindow& m_window;
    DeskSession& m_session;
    QAction* m_archiveAction;
    ServiceTasksPanel* m_tasks = nullptr;
    std::unique_ptr<AutoDispatch> m_autoDispatch;
};

} // namespace ingot
