#include "gui/board/SlaBoardWindow.h"

#include "app/quality/KeywordService.h"
#include "core/common/Instant.h"
#include "gui/board/BoardCharts.h"
#include "gui/board/BoardCountersWidget.h"
#include "gui/board/ComplaintKeywordsPanel.h"
#include "gui/board/NextBreachModel.h"

#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ingot {

namespace {
constexpr double kWallScale = 1.7;
constexpr double kWallChartScale = 1.3; // chart titles and axis labels must still fit
} // namespace

SlaBoardWindow::SlaBoardWindow(SlaBoardWorker::SourceFactory factory, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_clock(clock),
      m_worker(new SlaBoardWorker(std::move(factory), clock)),
      m_nextModel(new NextBreachModel(clock, this)),
      m_charts(new BoardCharts(this))
{
    qRegisterMetaType<ingot::BoardFilter>();
    qRegisterMetaType<ingot::BoardSnapshot>();
    qRegisterMetaType<ingot::ComplaintKeywords>();
    setObjectName(QStringLiteral("slaBoardWindow"));
    setWindowTitle(tr("SLA board — IngotDesk"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SlaBoardWindow::requestRefresh, m_worker, &SlaBoardWorker::refresh);
    connect(this, &SlaBoardWindow::requestTeams, m_worker, &SlaBoardWorker::loadTeams);
    connect(m_worker, &SlaBoardWorker::ready, this, &SlaBoardWindow::onReady);
    connect(m_worker, &SlaBoardWorker::failed, this, &SlaBoardWindow::onFailed);
    connect(this, &SlaBoardWindow::requestKeywords, m_worker, &SlaBoardWorker::countKeywords);
    connect(m_worker, &SlaBoardWorker::keywordsReady, this,
            [this](quint64 generation, const ComplaintKeywords& keywords) {
                m_keywordsBusy = false;
                if (generation != m_keywordsGeneration)
                    return;
                ++m_keywordsReceived;
                m_keywords->show(keywords, m_keywordsMonth);
                emit keywordsShown();
            });
    connect(m_worker, &SlaBoardWorker::keywordsFailed, this, [this](quint64 generation, const QString& message) {
        m_keywordsBusy = false;
        if (generation == m_keywordsGeneration)
            m_keywords->showFailure(message);
    });
    m_thread.setObjectName(QStringLiteral("slaBoardWorker"));
    m_thread.start();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_controls = createControls();
    layout->addWidget(m_controls);
    m_board = createBoard();
    layout->addWidget(m_board, 1);
    m_normalFont = font();

    connect(m_worker, &SlaBoardWorker::teamsReady, this, [this](const QStringList& teams) {
        const QString current = m_team->currentData().toString();
        m_team->blockSignals(true);
        while (m_team->count() > 1)
            m_team->removeItem(1);
        for (const QString& t : teams)
            m_team->addItem(t, t);
        m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
        m_team->blockSignals(false);
    });
    emit requestTeams();

    connect(&m_timer, &QTimer::timeout, this, &SlaBoardWindow::refresh);
    setRefreshSeconds(QSettings().value(refreshSettingKey(), kDefaultRefreshSeconds).toInt());
    resize(1500, 920);
    refresh();
}

SlaBoardWindow::~SlaBoardWindow()
{
    m_timer.stop();
    // The store closes in the worker's own thread; then the thread ends and deletes the worker.
    QMetaObject::invokeMethod(m_worker, &SlaBoardWorker::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QWidget* SlaBoardWindow::createControls()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("boardControls"));
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);

    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("boardRegion"));
    m_region->addItem(tr("All regions"));
    for (Region r : allRegions())
        m_region->addItem(regionLabel(r), regionKey(r));
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("boardTier"));
    m_tier->addItem(tr("All tiers"));
    for (Tier t : allTiers())
        m_tier->addItem(tr("Tier %1").arg(tierKey(t)), tierKey(t));
    m_team = new QComboBox;
    m_team->setObjectName(QStringLiteral("boardTeam"));
    m_team->addItem(tr("All teams"));
    for (QComboBox* c : {m_region, m_tier, m_team})
        connect(c, &QComboBox::currentIndexChanged, this, &SlaBoardWindow::onFilterChanged);

    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("boardInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often the board reads the database again"));
    connect(m_interval, &QSpinBox::valueChanged, this, &SlaBoardWindow::setRefreshSeconds);

    auto* refreshButton = new QPushButton(tr("Refresh now"));
    refreshButton->setObjectName(QStringLiteral("boardRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &SlaBoardWindow::refresh);
    auto* wallButton = new QPushButton(tr("Wall mode (F11)"));
    wallButton->setObjectName(QStringLiteral("boardWall"));
    connect(wallButton, &QPushButton::clicked, this, [this] { setWallMode(true); });
    auto* exportButton = new QPushButton(tr("Export PNG…"));
    exportButton->setObjectName(QStringLiteral("boardExport"));
    connect(exportButton, &QPushButton::clicked, this, &SlaBoardWindow::exportDialog);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("boardStatus"));

    h->addWidget(new QLabel(tr("Region:")));
    h->addWidget(m_region);
    h->addWidget(new QLabel(tr("Tier:")));
    h->addWidget(m_tier);
    h->addWidget(new QLabel(tr("Team:")));
    h->addWidget(m_team);
    h->addSpacing(16);
    h->addWidget(new QLabel(tr("Refresh every")));
    h->addWidget(m_interval);
    h->addWidget(refreshButton);
    h->addStretch(1);
    h->addWidget(m_status);
    h->addWidget(wallButton);
    h->addWidget(exportButton);
    return bar;
}

QWidget* SlaBoardWindow::createBoard()
{
    auto* board = new QWidget;
    board->setObjectName(QStringLiteral("board"));
    board->setAutoFillBackground(true);
    QPalette pal = board->palette();
    pal.setColor(QPalette::Window, Qt::white);
    board->setPalette(pal);

    auto* grid = new QGridLayout(board);
    grid->setContentsMargins(6, 6, 6, 6);

    auto* left = new QVBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("boardTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf); // applyFontScale keeps the proportion in wall mode
    left->addWidget(m_title);
    m_counters = new BoardCountersWidget;
    m_counters->setObjectName(QStringLiteral("boardCounters"));
    left->addWidget(m_counters);

    m_anomalies = new QLabel;
    m_anomalies->setObjectName(QStringLiteral("boardAnomalies"));
    m_anomalies->setWordWrap(true);
    m_anomalies->setTextFormat(Qt::RichText);
    left->addWidget(m_anomalies);

    auto* nextTitle = new QLabel(tr("Next to breach"));
    QFont nf = nextTitle->font();
    nf.setBold(true);
    nextTitle->setFont(nf);
    left->addWidget(nextTitle);
    m_nextView = new QTableView;
    m_nextView->setObjectName(QStringLiteral("nextBreachView"));
    m_nextView->setModel(m_nextModel);
    m_nextView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nextView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nextView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nextView->verticalHeader()->hide();
    m_nextView->horizontalHeader()->setSectionResizeMode(NextBreachModel::CustomerColumn, QHeaderView::Stretch);
    m_nextView->setAlternatingRowColors(true);
    m_nextView->setToolTip(tr("Double-click a ticket to open it in the desk"));
    connect(m_nextView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit ticketActivated(index.data(NextBreachModel::NumberRole).toString());
    });
    left->addWidget(m_nextView, 1);

    m_keywords = new ComplaintKeywordsPanel; // caps its own width

    // The keywords sit beside the compliance line chart, which reads well narrower; the bar charts
    // below keep their width for the region names.
    auto* top = new QHBoxLayout;
    top->addWidget(m_charts->complianceView(), 1);
    top->addWidget(m_keywords);
    grid->addLayout(left, 0, 0, 2, 1);
    grid->addLayout(top, 0, 1, 1, 2);
    grid->addWidget(m_charts->openView(), 1, 1);
    grid->addWidget(m_charts->responseView(), 1, 2);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 4);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    return board;
}

BoardFilter SlaBoardWindow::filter() const
{
    BoardFilter f;
    if (const QString r = m_region->currentData().toString(); !r.isEmpty())
        f.region = parseRegion(r);
    if (const QString t = m_tier->currentData().toString(); !t.isEmpty())
        f.tier = parseTier(t);
    f.team = m_team->currentData().toString();
    return f;
}

int SlaBoardWindow::refreshSeconds() const
{
    return m_interval->value();
}

void SlaBoardWindow::setRefreshSeconds(int seconds)
{
    seconds = std::clamp(seconds, 5, 3600);
    if (m_interval->value() != seconds) {
        m_interval->setValue(seconds); // comes back here through valueChanged
        return;
    }
    QSettings().setValue(refreshSettingKey(), seconds);
    m_timer.start(seconds * 1000);
}

void SlaBoardWindow::refresh()
{
    // One refresh at a time: a tick during a slow refresh asks for one more when it is done.
    if (m_busy) {
        m_pending = true;
        return;
    }
    m_busy = true;
    m_status->setText(m_received == 0 ? tr("Reading…") : m_status->text());
    emit requestRefresh(m_generation, filter());
    refreshKeywordsIfStale();
}

void SlaBoardWindow::refreshKeywordsIfStale()
{
    const qint64 now = m_clock.now();
    const QString month = QDateTime::fromSecsSinceEpoch(now, Instant::localZone()).toString(QStringLiteral("yyyy-MM"));
    const bool stale = m_keywordsReceived == 0 || month != m_keywordsMonth || now - m_keywordsAsked >= kKeywordsMaxAgeSeconds;
    if (m_keywordsBusy || !stale)
        return;
    auto bounds = KeywordService::monthBounds(month);
    if (!bounds)
        return;
    m_keywordsBusy = true;
    m_keywordsMonth = month;
    m_keywordsAsked = now;
    // Queued behind the figures on the worker thread: the counters and charts come first.
    emit requestKeywords(++m_keywordsGeneration, bounds->first, bounds->second);
}

void SlaBoardWindow::onFilterChanged()
{
    ++m_generation;
    if (m_busy) {
        m_pending = true;
        return;
    }
    refresh();
}

void SlaBoardWindow::onReady(quint64 generation, const BoardSnapshot& snapshot)
{
    m_busy = false;
    if (generation == m_generation) {
        m_snapshot = snapshot;
        ++m_received;
        showSnapshot();
    }
    if (m_pending || generation != m_generation) {
        m_pending = false;
        refresh();
        return;
    }
    emit refreshed();
}

void SlaBoardWindow::onFailed(quint64 generation, const QString& message)
{
    m_busy = false;
    if (generation == m_generation)
        m_status->setText(tr("Refresh failed: %1").arg(message));
    if (m_pending) {
        m_pending = false;
        refresh();
    }
}

void SlaBoardWindow::showSnapshot()
{
    const BoardSnapshot& s = m_snapshot;
    const QString asOf =
        QDateTime::fromSecsSinceEpoch(s.asOf, Instant::localZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_title->setText(tr("SLA board · %1").arg(asOf));
    m_status->setText(tr("Updated %1 (%2 ms)").arg(asOf.mid(11)).arg(s.workerMs));
    m_counters->show(s);
    if (s.anomalies.isEmpty()) {
        m_anomalies->setText(tr("No region or category is unusually slow or busy this week."));
        m_anomalies->setStyleSheet(QString());
    } else {
        QStringList lines;
        for (const BoardAnomaly& a : s.anomalies)
            lines << QStringLiteral("⚠ ") + a.describe().toHtmlEscaped();
        m_anomalies->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(tr("Unusual this week:"), lines.join(QStringLiteral("<br>"))));
        m_anomalies->setStyleSheet(QStringLiteral("background: #fff4d6; border: 2px solid #8a5a00; padding: 6px;"));
    }
    m_nextModel->setRows(s.next);
    m_nextView->resizeColumnToContents(NextBreachModel::TicketColumn);
    m_nextView->resizeColumnToContents(NextBreachModel::TimeLeftColumn);
    m_charts->show(s);
}

void SlaBoardWindow::applyFontScale(double scale)
{
    QFont f = m_normalFont;
    f.setPointSizeF(m_normalFont.pointSizeF() * scale);
    setFont(f);
    QFont title = f;
    title.setPointSizeF(f.pointSizeF() * 1.4);
    title.setBold(true);
    m_title->setFont(title);
    m_counters->setScale(scale);
    m_keywords->setScale(scale);
    m_charts->setFontScale(scale > 1.0 ? kWallChartScale : 1.0);
    if (m_received > 0)
        m_charts->show(m_snapshot);
    m_nextView->verticalHeader()->setDefaultSectionSize(static_cast<int>(QFontMetrics(f).height() * 1.4));
}

void SlaBoardWindow::setWallMode(bool on)
{
    if (on == m_wall)
        return;
    m_wall = on;
    m_controls->setVisible(!on);
    applyFontScale(on ? kWallScale : 1.0);
    if (on)
        showFullScreen();
    else
        showNormal();
}

void SlaBoardWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        setWallMode(!m_wall);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_wall) {
        setWallMode(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void SlaBoardWindow::closeEvent(QCloseEvent* event)
{
    setWallMode(false);
    m_timer.stop();
    QWidget::closeEvent(event);
}

void SlaBoardWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Closed boards stop reading; shown again, they catch up at once.
    if (!m_timer.isActive()) {
        m_timer.start(refreshSeconds() * 1000);
        refresh();
    }
}

bool SlaBoardWindow::exportPng(const QString& path)
{
    return m_board->grab().save(path, "PNG");
}

void SlaBoardWindow::exportDialog()
{
    const QString stamp =
        QDateTime::fromSecsSinceEpoch(m_clock.now(), Instant::localZone()).toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the board"), QStringLiteral("sla-board-%1.png").arg(stamp), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export the board"), tr("The image could not be written to %1.").arg(path));
}

} // namespace ingot
