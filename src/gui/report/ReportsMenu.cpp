#include "gui/report/ReportsMenu.h"

#include "gui/main/DeskSession.h"
#include "gui/report/KpiReportDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace ingot {

ReportsMenu::ReportsMenu(QMainWindow& window, DeskSession& session)
    : QObject(&window),
      m_window(window),
      m_session(session)
{}

QMenu* ReportsMenu::install(QMainWindow& window, DeskSession& session)
{
    auto* self = new ReportsMenu(window, session);
    self->setObjectName(QStringLiteral("reportsMenuActions"));
    QMenu* menu = new QMenu(tr("&Reports"), &window);
    menu->setObjectName(QStringLiteral("reportsMenu"));
    QAction* kpi = menu->addAction(tr("Monthly &KPI report…"), self, &ReportsMenu::openKpiReport);
    kpi->setObjectName(QStringLiteral("kpiReportAction"));
    kpi->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    kpi->setStatusTip(tr("The month's KPIs against targets as PDF, Excel, HTML, CSV or JSON"));
    // Before Settings and Help, beside the other work menus.
    const QList<QAction*> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr, menu);
    return menu;
}

void ReportsMenu::openKpiReport()
{
    auto* dialog = new KpiReportDialog(m_session.dbPath(), m_session.clock(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace ingot
