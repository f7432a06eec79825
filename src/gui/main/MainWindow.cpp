#include "gui/main/MainWindow.h"

#include "app/customers/DispatchService.h"
#include "app/sla/SlaNoticeService.h"
#include "app/storage/StoreOpener.h"
#include "gui/board/SlaBoardActions.h"
#include "gui/customers/CustomerDeskActions.h"
#include "gui/intake/NewTicketDialog.h"
#include "gui/main/DeskSession.h"
#include "gui/main/LiveUpdates.h"
#include "gui/main/SlaNoticeMessage.h"
#include "gui/main/SlaWatch.h"
#include "gui/quality/QualityMenu.h"
#include "gui/security/SecurityMenu.h"
#include "gui/report/ReportsMenu.h"
#include "gui/queue/FilterBar.h"
#include "gui/queue/TicketQueueModel.h"
#include "gui/queue/TicketQueueView.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SlaNoticeSetting.h"
#include "gui/sla/SlaSettingsActions.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>
#include <climits>

namespace ingot {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kColumns = QStringLiteral("mainWindow/queueColumns");
constexpr int kLayoutVersion = 1;
}  // namespace

MainWindow::MainWindow(DeskSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session),
      m_model(new TicketQueueModel(QueuePageLoader::forDatabase(session.dbPath()), this)),
      m_view(new TicketQueueView), m_filterBar(new FilterBar), m_detail(new TicketDetailWidget(session.tickets(), session.agent())),
      m_detailDock(new QDockWidget(tr("Ticket"), this)), m_countLabel(new QLabel), m_agentLabel(new QLabel),
      m_dbLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IngotDesk — lead ingot service desk"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);
    setCentralWidget(central);
    m_view->setQueueModel(m_model);

    m_detail->setObjectName(QStringLiteral("ticketDetail"));
    m_detailDock->setObjectName(QStringLiteral("ticketDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);

    createActions();
    createMenusAndToolBar();
    CustomerDeskActions::install(*this, m_session);
    QualityMenu::install(*this, m_session);
    SecurityMenu::install(*this, m_session);
    SlaSettingsActions::install(*this, m_session);
    SlaBoardActions::install(*this, m_session);
    ReportsMenu::install(*this, m_session);
    LiveUpdates::install(*this, m_session);
    createStatusBar();
    loadTechnicians();

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &TicketQueueModel::setFilter);
    connect(m_view, &TicketQueueView::currentTicketChanged, m_detail, &TicketDetailWidget::showTicket);
    connect(m_detail, &TicketDetailWidget::ticketChanged, m_model, &TicketQueueModel::refresh);
    connect(m_model, &TicketQueueModel::countingStarted, this, [this] { m_countLabel->setText(tr("Counting…")); });
    connect(m_model, &TicketQueueModel::countChanged, this, &MainWindow::showCount);
    connect(m_model, &TicketQueueModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    watchSla();
    m_detail->setDispatchAdvisor([this](const QString& number) {
        return DispatchService(m_session.store(), m_session.clock()).suggest(number);
    });

    resize(1440, 880);
    resizeDocks({m_detailDock}, {520}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

void MainWindow::watchSla()
{
    m_slaWatch = new SlaWatch(QueuePageLoader::forDatabase(m_session.dbPath()), this);
    m_slaWatch->setNoticeScope(SlaNoticeService::scopeFor(m_session.store().actor(), SlaNoticeSetting::everyone()));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
        });
    }
    // Every new breach of the desk goes to the status bar; the tray is for the person's own tickets
    // (SlaNoticeService), so nobody is woken up by somebody else's.
    connect(m_slaWatch, &SlaWatch::swept, this, [this](const SlaSweepSummary& summary) {
        const qint64 breaches = summary.stats.newBreachesTotal();
        if (breaches == 0)
            return;
        const QString text = tr("%n SLA clock(s) just breached: %1 response, %2 assessment, %3 resolution.", nullptr,
                                static_cast<int>(breaches))
                                 .arg(summary.stats.newBreaches[0])
                                 .arg(summary.stats.newBreaches[1])
                                 .arg(summary.stats.newBreaches[2]);
        statusBar()->showMessage(text, 30000);
        m_model->refresh();
    });
    connect(m_slaWatch, &SlaWatch::noticed, this, [this](const QList<SlaNotice>& notices) {
        statusBar()->showMessage(SlaNoticeMessage::line(notices.first()), 30000);
        if (m_tray)
            m_tray->showMessage(SlaNoticeMessage::title(notices), SlaNoticeMessage::body(notices),
                                SlaNoticeMessage::anyBreached(notices) ? QSystemTrayIcon::Warning
                                                                       : QSystemTrayIcon::Information,
                                15000);
    });
    connect(m_slaWatch, &SlaWatch::failed, this,
            [this](const QString& message) { statusBar()->showMessage(tr("SLA sweep failed: %1").arg(message), 15000); });
}

void MainWindow::createActions()
{
    m_newTicketAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New ticket…"), this);
    m_newTicketAction->setShortcut(QKeySequence::New);
    m_newTicketAction->setObjectName(QStringLiteral("newTicketAction"));
    m_newTicketAction->setStatusTip(tr("Log a customer's report"));
    connect(m_newTicketAction, &QAction::triggered, this, &MainWindow::newTicket);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setStatusTip(tr("Read the queue and the shown ticket again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(tr("&Search tickets"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_settingsAction = new QAction(tr("&Language…"), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_aboutAction = new QAction(tr("&About IngotDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newTicketAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_findAction);
    view->addSeparator();
    QAction* toggleDock = m_detailDock->toggleViewAction();
    toggleDock->setText(tr("Ticket &pane"));
    view->addAction(toggleDock);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newTicketAction);
    bar->addAction(m_refreshAction);
}

void MainWindow::createStatusBar()
{
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setText(tr("Counting…"));
    m_agentLabel->setObjectName(QStringLiteral("agentLabel"));
    m_agentLabel->setText(tr("Agent: %1").arg(m_session.agent()));
    m_dbLabel->setObjectName(QStringLiteral("dbLabel"));
    m_dbLabel->setText(StoreOpener::displayName(m_session.dbPath()));
    m_dbLabel->setToolTip(StoreOpener::isPostgres(m_session.dbPath()) ? tr("PostgreSQL database (team mode)")
                                                                      : tr("Database file"));
    if (StoreOpener::isPostgres(m_session.dbPath()))
        setWindowTitle(windowTitle() + QStringLiteral(" — ") + m_dbLabel->text());
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_agentLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
}

void MainWindow::loadTechnicians()
{
    auto technicians = m_session.store().technicians().all();
    if (!technicians) {
        statusBar()->showMessage(technicians.error().text(), 10000);
        return;
    }
    QHash<QString, QString> names;
    for (const Technician& t : technicians.value())
        names.insert(t.login, t.name);
    m_filterBar->setTechnicians(technicians.value());
    m_detail->setTechnicians(technicians.value());
    m_model->setAssigneeNames(names);
}

void MainWindow::showCount(qint64 count)
{
    m_countLabel->setText(tr("%n ticket(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX))));
}

void MainWindow::newTicket()
{
    NewTicketDialog dialog(m_session.store(), m_session.tickets(), m_session.agent(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Ticket %1 created.").arg(dialog.createdNumber()), 8000);
    m_model->refresh();
    m_detail->showTicket(dialog.createdNumber());
    m_detailDock->show();
}

void MainWindow::refresh()
{
    loadTechnicians();
    m_model->refresh();
    m_detail->reload();
}

void MainWindow::openSettings()
{
    const Actor& me = m_session.store().actor();
    SettingsDialog dialog(m_session.dbPath(), m_session.agent(), this, SlaNoticeService::mayWatchEveryone(me.role));
    if (dialog.exec() == QDialog::Accepted)
        m_slaWatch->setNoticeScope(SlaNoticeService::scopeFor(me, SlaNoticeSetting::everyone()));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About IngotDesk"),
                       tr("<h3>IngotDesk %1</h3>"
                          "<p>After-sales service desk for suppliers of refined lead ingots: from the customer's "
                          "report to the satisfaction survey, with a history everyone can trust.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_session.dbPath().toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometry).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(kState).toByteArray(); !state.isEmpty())
        restoreState(state, kLayoutVersion);
    if (const QByteArray columns = settings.value(kColumns).toByteArray(); !columns.isEmpty())
        m_view->restoreColumnState(columns);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState(kLayoutVersion));
    settings.setValue(kColumns, m_view->columnState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

}  // namespace ingot
