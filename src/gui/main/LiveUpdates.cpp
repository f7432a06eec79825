#include "gui/main/LiveUpdates.h"

#include "app/storage/ChangeFeed.h"
#include "gui/board/SlaBoardWindow.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/queue/TicketQueueModel.h"
#include "gui/ticket/TicketDetailWidget.h"

#include <QStatusBar>

namespace ingot {

LiveUpdates* LiveUpdates::install(MainWindow& window, DeskSession& session)
{
    std::unique_ptr<ChangeFeed> feed = ChangeFeed::forDatabase(session.dbPath());
    if (!feed)
        return nullptr;
    auto* updates = new LiveUpdates(window, std::move(feed));
    updates->m_feed->start();
    return updates;
}

LiveUpdates::LiveUpdates(MainWindow& window, std::unique_ptr<ChangeFeed> feed)
    : QObject(&window), m_window(window), m_feed(std::move(feed))
{
    setObjectName(QStringLiteral("liveUpdates"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveUpdates::apply);
    connect(m_feed.get(), &ChangeFeed::ticketsChanged, this, &LiveUpdates::onChanged);
    connect(m_feed.get(), &ChangeFeed::failed, this, [this](const QString& message) {
        m_failed = true;
        m_listening = false;
        m_window.statusBar()->showMessage(message, 30000);
    });
    connect(m_feed.get(), &ChangeFeed::listening, this, [this] {
        if (m_failed)
            m_window.statusBar()->showMessage(tr("Live updates are on again."), 8000);
        m_failed = false;
        m_listening = true;
    });
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::onChanged(const QStringList& numbers)
{
    if (numbers.isEmpty())
        m_everything = true;
    for (const QString& n : numbers)
        m_numbers.insert(n);
    if (!m_debounce.isActive())
        m_debounce.start();
}

void LiveUpdates::apply()
{
    m_window.queueModel()->refresh();
    if (auto* board = m_window.findChild<SlaBoardWindow*>(); board && board->isVisible())
        board->refresh();
    // The pane only for its own ticket, and only when the feed names it: SQLite's feed cannot tell
    // which ticket changed, and reading the pane on every commit of a busy file would be noise.
    TicketDetailWidget* detail = m_window.detail();
    if (!detail->currentNumber().isEmpty() && m_numbers.contains(detail->currentNumber()))
        detail->reload();
    m_numbers.clear();
    m_everything = false;
    emit applied();
}

}  // namespace ingot
