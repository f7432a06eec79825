#include "gui/security/SecurityMenu.h"

#include "app/security/Authorizer.h"
#include "gui/main/DeskSession.h"
#include "gui/security/AuditViewerWindow.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace ingot {

SecurityMenu::SecurityMenu(QMainWindow& window, DeskSession& session)
    : QObject(&window), m_window(window), m_session(session)
{
}

void SecurityMenu::gate(QAction* action, DeskSession& session, Permission p)
{
    const Actor& actor = session.store().actor();
    if (!action || Authorizer::allows(actor, p))
        return;
    action->setEnabled(false);
    action->setToolTip(Authorizer::refusal(actor, p));
    action->setStatusTip(action->toolTip());
}

QMenu* SecurityMenu::install(QMainWindow& window, DeskSession& session)
{
    auto* self = new SecurityMenu(window, session);
    const Actor& actor = session.store().actor();
    const QString who = session.displayName().isEmpty() ? actor.login
                                                        : QStringLiteral("%1 (%2)").arg(session.displayName(), actor.login);

    QMenu* menu = window.menuBar()->addMenu(tr("&Account"));
    menu->setObjectName(QStringLiteral("accountMenu"));
    auto* signedIn = menu->addAction(tr("Signed in as %1 — %2").arg(who, roleLabel(actor.role)));
    signedIn->setEnabled(false);
    menu->addSeparator();

    auto* audit = menu->addAction(tr("&Audit trail…"));
    audit->setObjectName(QStringLiteral("auditTrailAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(audit, &QAction::triggered, self, &SecurityMenu::openAuditTrail);
    gate(audit, session, Permission::AuditView);

    auto* signOut = menu->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setEnabled(!actor.localAdmin);
    if (actor.localAdmin)
        signOut->setToolTip(tr("The desk was started without signing in (--local-admin)"));
    connect(signOut, &QAction::triggered, self, &SecurityMenu::signOut);

    auto* label = new QLabel(actor.localAdmin ? tr("Local administrator: %1").arg(actor.login)
                                              : tr("Signed in: %1 (%2)").arg(who, roleLabel(actor.role)));
    label->setObjectName(QStringLiteral("signedInLabel"));
    window.statusBar()->addPermanentWidget(label);

    // The window's own actions, found by name so the window need not know about roles.
    gate(window.findChild<QAction*>(QStringLiteral("newTicketAction")), session,
         Permission::TicketCreate);
    return menu;
}

void SecurityMenu::openAuditTrail()
{
    auto* viewer = new AuditViewerWindow(m_session, &m_window);
    viewer->setWindowFlag(Qt::Window);
    viewer->show();
}

void SecurityMenu::signOut()
{
    m_session.requestSignOut();
    m_window.close();
}

}  // namespace ingot
