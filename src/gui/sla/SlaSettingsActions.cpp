#include "gui/sla/SlaSettingsActions.h"

#include "gui/main/MainWindow.h"
#include "gui/sla/SlaSettingsWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace ingot {

SlaSettingsActions* SlaSettingsActions::install(MainWindow& window, DeskSession& session)
{
    return new SlaSettingsActions(window, session);
}

SlaSettingsActions::SlaSettingsActions(MainWindow& window, DeskSession& session)
    : QObject(&window), m_window(window), m_session(session), m_action(new QAction(tr("Service &levels…"), &window))
{
    setObjectName(QStringLiteral("slaSettingsActions"));
    m_action->setObjectName(QStringLiteral("slaSettingsAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setStatusTip(tr("SLA targets per tier and priority, calendars, holidays and make-up workdays"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });

    // Beside the other settings: the menu that holds the preferences action.
    QMenu* settings = nullptr;
    for (QAction* top : window.menuBar()->actions())
        if (QMenu* menu = top->menu())
            for (QAction* item : menu->actions())
                if (item->menuRole() == QAction::PreferencesRole)
                    settings = menu;
    if (settings)
        settings->addAction(m_action);
    else
        window.menuBar()->addAction(m_action);
    window.addAction(m_action);
}

SlaSettingsWindow* SlaSettingsActions::open()
{
    if (!m_open)
        m_open = new SlaSettingsWindow(m_session, &m_window);
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
    return m_open;
}

}  // namespace ingot
