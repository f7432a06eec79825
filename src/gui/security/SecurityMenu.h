#pragma once

#include "core/security/Permission.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace ingot {

class DeskSession;

// The "Account" menu of the desk window: who is signed in, Sign out, and the audit trail viewer for
// administrators (Ctrl+Shift+A). Also greys out the window's actions the signed-in role may not use,
// with a tooltip saying why; the services refuse them anyway.
class SecurityMenu final : public QObject {
    Q_OBJECT
public:
    static QMenu* install(QMainWindow& window, DeskSession& session);
    // Disables `action` with the refusal as tooltip when the session's actor may not use it.
    static void gate(QAction* action, DeskSession& session, Permission permission);

private:
    SecurityMenu(QMainWindow& window, DeskSession& session);
    void openAuditTrail();
    void signOut();

    QMainWindow& m_window;
    DeskSession& m_session;
};

}  // namespace ingot
