#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;

namespace ingot {

class DeskSession;
class FilterBar;
class SlaWatch;
class TicketDetailWidget;
class TicketQueueModel;
class TicketQueueView;

// The desk window. It only assembles: the filter bar and queue in the middle, the ticket on the
// right, menus, toolbar and status bar, and wires their signals together.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DeskSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    TicketQueueModel* queueModel() const { return m_model; }
    TicketQueueView* queueView() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    TicketDetailWidget* detail() const { return m_detail; }

    // Geometry, dock layout and column widths from the last session.
    void restoreLayout();

public slots:
    void newTicket();
    void refresh();
    void openSettings();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createStatusBar();
    void loadTechnicians();
    void showCount(qint64 count);
    void saveLayout();
    // Sweeps the SLA clocks in the background and tells the agent about new breaches.
    void watchSla();

    DeskSession& m_session;
    TicketQueueModel* m_model;
    TicketQueueView* m_view;
    FilterBar* m_filterBar;
    TicketDetailWidget* m_detail;
    QDockWidget* m_detailDock;
    QLabel* m_countLabel;
    QLabel* m_agentLabel;
    QLabel* m_dbLabel;
    SlaWatch* m_slaWatch = nullptr;
    QSystemTrayIcon* m_tray = nullptr;  // only where the desktop has a tray

    QAction* m_newTicketAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

}  // namespace ingot
