#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace ingot {

class DeskSession;

// The "Reports" menu of the desk window: the monthly KPI report (Ctrl+Shift+R).
class ReportsMenu final : public QObject {
    Q_OBJECT
public:
    static QMenu* install(QMainWindow& window, DeskSession& session);

private:
    ReportsMenu(QMainWindow& window, DeskSession& session);
    void openKpiReport();

    QMainWindow& m_window;
    DeskSession& m_session;
};

} // namespace ingot
