#include "gui/customers/CustomerDeskActions.h"

#include "app/customers/AutoDispatch.h"
#include "gui/customers/CustomerArchiveWindow.h"
#include "gui/customers/ServiceTasksPanel.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>

namespace ingot {

CustomerDeskActions* CustomerDeskActions::install(MainWindow& window, DeskSession& session)
{
    return new CustomerDeskActions(window, session);
}

CustomerDeskActions::CustomerDeskActions(MainWindow& window, DeskSession& session)
    : QObject(&window),
      m_window(window),
      m_session(session),
      m_archiveAction(new QAction(tr("Customer &archive…"), &window)),
      m_autoDispatch(std::make_unique<AutoDispatch>(session.store(), session.clock(), session.tickets()))
{
    setObjectName(QStringLiteral("customerDeskActions"));
    m_archiveAction->setObjectName(QStringLiteral("customerArchiveAction"));
    m_archiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_archiveAction->setStatusTip(tr("Everything about the caller in one place: tickets, orders, surveys, health"));
    connect(m_archiveAction, &QAction::triggered, this, [this] { openArchive(); });

    // A menu of its own, before Help.
    QMenuBar* bar = window.menuBar();
    auto* menu = new QMenu(tr("&Customers"), &window);
    menu->addAction(m_archiveAction);
    installServiceTasks(*menu);
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    window.addAction(m_archiveAction);
}

CustomerDeskActions::~CustomerDeskActions() = default;

void CustomerDeskActions::installServiceTasks(QMenu& menu)
{
    // The scheduled visits, inspections and advice land in their owner's list: a dock beside the
    // ticket pane, shown at start when the signed-in user has open tasks.
    m_tasks = new ServiceTasksPanel(m_session);
    auto* dock = new QDockWidget(tr("Service tasks"), &m_window);
    dock->setObjectName(QStringLiteral("serviceTasksDock"));
    dock->setWidget(m_tasks);
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->setVisible(m_tasks->taskCount() > 0);
    QAction* toggle = dock->toggleViewAction();
    toggle->setText(tr("Service &tasks"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    toggle->setStatusTip(tr("Your follow-up visits, inspections and seasonal advice, soonest first"));
    connect(toggle, &QAction::toggled, m_tasks, [this](bool shown) {
        if (shown)
            m_tasks->reload();
    });
    menu.addAction(toggle);
    m_window.addAction(toggle);
}

CustomerArchiveWindow* CustomerDeskActions::openArchive(const QString& requested)
{
    QString code = requested;
    if (code.isEmpty()) {
        if (const QString number = m_window.detail()->currentNumber(); !number.isEmpty())
            if (auto ticket = m_session.tickets().find(number))
                code = ticket->customerCode;
    }
    if (code.isEmpty()) {
        bool ok = false;
        const QString text = QInputDialog::getText(
            &m_window, tr("Customer archive"), tr("Customer code or part of the name:"), QLineEdit::Normal, {}, &ok);
        if (!ok || text.trimmed().isEmpty())
            return nullptr;
        auto found = m_session.store().customers().search(text, 1);
        if (!found || found->isEmpty()) {
            QMessageBox::information(&m_window, tr("Customer archive"), tr("No customer matches '%1'.").arg(text));
            return nullptr;
        }
        code = found->first().code;
    }
    auto* archive = new CustomerArchiveWindow(m_session.store(), m_session.clock(), &m_window);
    connect(archive, &CustomerArchiveWindow::ticketActivated, m_window.detail(), &TicketDetailWidget::showTicket);
    (void)archive->showCustomer(code); // a failure is shown in the window itself
    archive->show();
    archive->raise();
    return archive;
}

} // namespace ingot
