#include "gui/main/ScreenshotRunner.h"

#include "gui/board/BoardScreenshot.h"
#include "gui/common/Countdown.h"
#include "gui/customers/CustomerArchiveWindow.h"
#include "gui/customers/CustomerDeskActions.h"
#include "gui/intake/NewTicketDialog.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/queue/TicketQueueModel.h"
#include "gui/queue/TicketQueueView.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPixmap>
#include <cstdio>
#include <memory>

namespace ingot {

namespace {
constexpr int kDeadlineMs = 30000;
constexpr int kSettleMs = 600;

// VmRSS of this process from /proc (Linux); 0 where there is none.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // Files under /proc report a size of 0, so read until the end rather than test atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
}  // namespace

const char* ScreenshotRunner::subjectNames()
{
    return "main, queue-due, queue-end, new-ticket, settings, customer-archive, board or board-wall";
}

std::optional<ScreenshotRunner::Subject> ScreenshotRunner::parseSubject(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("main"))
        return Subject::Main;
    if (text == QLatin1String("new-ticket"))
        return Subject::NewTicket;
    if (text == QLatin1String("settings"))
        return Subject::Settings;
    if (text == QLatin1String("customer-archive"))
        return Subject::CustomerArchive;
    if (text == QLatin1String("queue-due"))
        return Subject::QueueDue;
    if (text == QLatin1String("queue-end"))
        return Subject::QueueEnd;
    if (text == QLatin1String("board") || text == QLatin1String("board-wall"))
        return text == QLatin1String("board") ? Subject::Board : Subject::BoardWall;
    return std::nullopt;
}

ScreenshotRunner::ScreenshotRunner(MainWindow& window, DeskSession& session, Subject subject, QString path,
                                   QObject* parent)
    : QObject(parent), m_window(window), m_session(session), m_subject(subject), m_path(std::move(path))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "screenshot: the queue did not load in time; grabbing what is there\n");
        grab(&m_window);
    });
}

void ScreenshotRunner::start()
{
    m_clock.start();
    m_deadline.start();
    TicketQueueModel* model = m_window.queueModel();
    // The subjects need the whole queue (its end, its count in the status bar), so they start once the
    // first page and the count are both in; the first page usually comes first.
    connect(model, &TicketQueueModel::pageLoaded, this, [this, model](int page) {
        if (page != 0 || m_firstPageSeen)
            return;
        m_firstPageSeen = true;
        std::fprintf(stderr, "screenshot: first page after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
        if (model->isCountKnown())
            onFirstPage();
    });
    connect(model, &TicketQueueModel::countChanged, this, [this](qint64 count) {
        std::fprintf(stderr, "screenshot: %lld tickets counted after %lld ms\n", static_cast<long long>(count),
                     static_cast<long long>(m_clock.elapsed()));
        if (count == 0 || m_firstPageSeen)
            onFirstPage();
    });
}

void ScreenshotRunner::onFirstPage()
{
    if (m_started)
        return;
    m_started = true;
    switch (m_subject) {
    case Subject::Main:
        selectInterestingTicket();
        break;
    case Subject::QueueDue:
        showDueQueue();
        break;
    case Subject::QueueEnd:
        showQueueEnd();
        break;
    case Subject::NewTicket:
        openNewTicket();
        break;
    case Subject::Settings:
        openSettings();
        break;
    case Subject::CustomerArchive:
        openCustomerArchive();
        break;
    case Subject::Board:
    case Subject::BoardWall:
        BoardScreenshot::open(m_window, m_subject == Subject::BoardWall, [this](QWidget* w) { grabLater(w, kSettleMs); });
        break;
    }
}

void ScreenshotRunner::selectInterestingTicket()
{
    // A ticket well into its loop has a history worth showing.
    TicketQueueModel* model = m_window.queueModel();
    int chosen = 0;
    const int rows = std::min(model->rowCount(), model->pageSize());
    for (int row = 0; row < rows; ++row) {
        const QVariant stage = model->index(row, TicketQueueModel::StageColumn).data(TicketQueueModel::StageRole);
        if (stage.isValid() && static_cast<Stage>(stage.toInt()) == Stage::InProgress) {
            chosen = row;
            break;
        }
    }
    if (rows > 0)
        m_window.queueView()->selectRow(chosen);
    grabLater(&m_window, kSettleMs);
}

void ScreenshotRunner::showDueQueue()
{
    // A freshly seeded desk has few open clocks near their at-risk share. Two line-stop reports of a
    // key account (24x7, so at any hour) make sure there is one: 25 and 10 minutes ago, against a
    // 30-minute response target that is at risk from 22.5 minutes.
    QString code;
    m_session.store().customers().forEach([&code](const Customer& c) {
        if (code.isEmpty() && c.tier == Tier::A)
            code = c.code;
    }).ok();
    for (int minutesAgo : {25, 10}) {
        NewTicket in;
        in.customerCode = code;
        in.priority = Priority::P1;
        in.category = Category::Porosity;
        in.title = QCoreApplication::translate("ScreenshotRunner", "Porosity on ingot surface, batch on hold");
        in.reportedAt = m_session.clock().now() - minutesAgo * 60;
        if (!code.isEmpty())
            (void)m_session.tickets().create(in, m_session.agent());
    }
    TicketQueueModel* model = m_window.queueModel();
    model->setSortOrder(QueueSort::DueFirst);
    // Reads rows in order (asking for a row loads its page) until the first amber countdown.
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, model, poll] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, TicketQueueModel::TimeLeftColumn);
            (void)cell.data();  // asks for its page
            if (!cell.data(TicketQueueModel::LoadedRole).toBool())
                return;  // on its way; look again at the next tick
            if (cell.data(Qt::ForegroundRole).value<QColor>() != Countdown::atRiskColor())
                continue;
            poll->stop();
            // Not selected: the selection colour would hide the amber.
            m_window.queueView()->scrollTo(model->index(std::max(0, row - 4), 0),
                                           QAbstractItemView::PositionAtTop);
            grabLater(&m_window, kSettleMs);
            return;
        }
        poll->stop();
        grabLater(&m_window, kSettleMs);
    });
    poll->start();
}

void ScreenshotRunner::showQueueEnd()
{
    TicketQueueModel* model = m_window.queueModel();
    const int lastRow = model->rowCount() - 1;
    if (lastRow < 0) {
        grabLater(&m_window, kSettleMs);
        return;
    }
    const int lastPage = lastRow / model->pageSize();
    auto report = [this] {
        QTimer::singleShot(kSettleMs, this, [this] {
            std::fprintf(stderr, "screenshot: last page shown after %lld ms; resident memory %lld KiB\n",
                         static_cast<long long>(m_clock.elapsed()), static_cast<long long>(residentKiB()));
            grab(&m_window);
        });
    };
    if (lastPage == 0) {
        report();
        return;
    }
    auto reported = std::make_shared<bool>(false);
    connect(model, &TicketQueueModel::pageLoaded, this, [lastPage, reported, report](int page) {
        if (page != lastPage || *reported)
            return;
        *reported = true;
        report();
    });
    m_window.queueView()->scrollToBottom();
}

void ScreenshotRunner::openNewTicket()
{
    auto* dialog = new NewTicketDialog(m_session.store(), m_session.tickets(), m_session.agent(), &m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();

    // Example input, as an agent would type it: part of a customer's name, Enter, then the rest.
    QString sample;
    m_session.store().customers().forEach([&sample](const Customer& c) {
        if (sample.isEmpty())
            sample = c.name.left(4);
    }).ok();
    if (auto* customer = dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit")); customer && !sample.isEmpty()) {
        customer->setFocus();
        customer->setText(sample);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(customer, &press);
    }
    if (auto* orders = dialog->findChild<QComboBox*>(QStringLiteral("orderCombo")); orders && orders->count() > 1)
        orders->setCurrentIndex(1);
    if (auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryCombo")))
        category->setCurrentIndex(category->findData(categoryKey(Category::Porosity)));
    if (auto* priority = dialog->findChild<QComboBox*>(QStringLiteral("priorityCombo")))
        priority->setCurrentIndex(priority->findData(priorityKey(Priority::P2)));
    if (auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"))) {
        title->setText(QCoreApplication::translate("ScreenshotRunner", "Porosity on ingot surface, batch on hold"));
        title->setFocus();
    }
    if (auto* description = dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")))
        description->setPlainText(QCoreApplication::translate(
            "ScreenshotRunner", "About 20 of 48 bundles show pinholes on the top face; melting loss higher than usual."));
    grabLater(dialog, kSettleMs);
}

void ScreenshotRunner::openSettings()
{
    auto* dialog = new SettingsDialog(m_session.dbPath(), m_session.agent(), &m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    grabLater(dialog, kSettleMs);
}

void ScreenshotRunner::openCustomerArchive()
{
    // The first key account: the archive with the most to show (dedicated team, follow-ups).
    QString code;
    m_session.store().customers().forEach([&code](const Customer& c) {
        if (code.isEmpty() && c.tier == Tier::A)
            code = c.code;
    }).ok();
    auto* actions = m_window.findChild<CustomerDeskActions*>(QStringLiteral("customerDeskActions"));
    CustomerArchiveWindow* archive = actions && !code.isEmpty() ? actions->openArchive(code) : nullptr;
    if (!archive) {
        grab(&m_window);
        return;
    }
    archive->resize(1500, 900);
    grabLater(archive, kSettleMs);
}

void ScreenshotRunner::grabLater(QWidget* widget, int delayMs)
{
    QPointer<QWidget> guard(widget);
    QTimer::singleShot(delayMs, this, [this, guard] {
        if (guard)
            grab(guard);
    });
}

void ScreenshotRunner::grab(QWidget* widget)
{
    m_deadline.stop();
    const QPixmap pixmap = widget->grab();
    const bool saved = pixmap.save(m_path, "PNG");
    if (!saved)
        std::fprintf(stderr, "screenshot: cannot write %s\n", qPrintable(m_path));
    if (m_dialog)
        m_dialog->close();
    emit finished(saved ? 0 : 1);
}

}  // namespace ingot
