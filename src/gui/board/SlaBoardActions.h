#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace ingot {

class DeskSession;
class MainWindow;
class SlaBoardWindow;

// What the SLA board adds to the desk window: View → SLA board (Ctrl+Shift+B), and a double-click
// on a board ticket shows it in the desk's ticket pane. Owned by the window.
class SlaBoardActions final : public QObject {
    Q_OBJECT
public:
    static SlaBoardActions* install(MainWindow& window, DeskSession& session);

    QAction* boardAction() const { return m_action; }

public slots:
    SlaBoardWindow* openBoard();

private:
    SlaBoardActions(MainWindow& window, DeskSession& session);
    void openTicket(const QString& number);

    MainWindow& m_window;
    DeskSession& m_session;
    QAction* m_action;
    QPointer<SlaBoardWindow> m_board;
};

} // namespace ingot
