#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace ingot {

class DeskSession;
class MainWindow;
class SlaSettingsWindow;

// Adds "Service levels…" (Ctrl+Shift+L) to the Settings menu: the SLA policy and the calendars'
// holidays. Owned by the window.
class SlaSettingsActions final : public QObject {
    Q_OBJECT
public:
    static SlaSettingsActions* install(MainWindow& window, DeskSession& session);

    QAction* action() const { return m_action; }
    SlaSettingsWindow* open();

private:
    SlaSettingsActions(MainWindow& window, DeskSession& session);

    MainWindow& m_window;
    DeskSession& m_session;
    QAction* m_action;
    QPointer<SlaSettingsWindow> m_open;  // one window at a time: a second call raises it
};

}  // namespace ingot
