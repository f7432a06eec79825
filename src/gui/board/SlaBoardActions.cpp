#include "gui/board/SlaBoardActions.h"

#include "gui/board/SlaBoardWindow.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace ingot {

SlaBoardActions* SlaBoardActions::install(MainWindow& window, DeskSession& session)
{
    return new SlaBoardActions(window, session);
}

SlaBoardActions::SlaBoardActions(MainWindow& window, DeskSession& session)
    : QObject(&window),
      m_window(window),
      m_session(session),
      m_action(new QAction(tr("SLA &board"), &window))
{
    setObjectName(QStringLiteral("slaBoardActions"));
    m_action->setObjectName(QStringLiteral("slaBoardAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_action->setStatusTip(tr("Counters, next breaches and trends per region and tier, refreshed by themselves"));
    connect(m_action, &QAction::triggered, this, [this] { openBoard(); });
    window.addAction(m_action);

    // Into the View menu: the one that holds the desk's Refresh action.
    for (QAction* top : window.menuBar()->actions()) {
        QMenu* menu = top->menu();
        if (!menu)
            continue;
        for (QAction* a : menu->actions())
            if (a->objectName() == QLatin1String("refreshAction")) {
                menu->addSeparator();
                menu->addAction(m_action);
                return;
            }
    }
    window.menuBar()->addAction(m_action);
}

SlaBoardWindow* SlaBoardActions::openBoard()
{
    if (!m_board) {
        m_board = new SlaBoardWindow(SlaBoardWorker::forDatabase(m_session.dbPath()), m_session.clock(), &m_window);
        connect(m_board, &SlaBoardWindow::ticketActivated, this, &SlaBoardActions::openTicket);
    }
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
    return m_board;
}

void SlaBoardActions::openTicket(const QString& number)
{
    if (number.isEmpty())
        return;
    m_window.detail()->showTicket(number);
    if (auto* dock = m_window.findChild<QDockWidget*>(QStringLiteral("ticketDock")))
        dock->show();
    m_window.raise();
    m_window.activateWindow();
}

} // namespace ingot
