#pragma once

#include "core/board/BoardTypes.h"
#include "core/common/Clock.h"
#include "gui/board/SlaBoardWorker.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace ingot {

class BoardCharts;
class BoardCountersWidget;
class ComplaintKeywordsPanel;
class NextBreachModel;

// The supervisor's SLA board (docs/board.md): counters per tier, the anomalies of the week, the
// tickets next to breach with a live countdown, and three charts. It refreshes by itself on a
// worker thread (interval in the bar, saved in the settings); the window never waits for a query.
// F11 toggles wall mode (full screen, large type, no controls); Esc leaves it.
class SlaBoardWindow final : public QWidget {
    Q_OBJECT
public:
    SlaBoardWindow(SlaBoardWorker::SourceFactory factory, const Clock& clock, QWidget* parent = nullptr);
    ~SlaBoardWindow() override;

    static constexpr int kDefaultRefreshSeconds = 30;
    static QString refreshSettingKey() { return QStringLiteral("slaBoard/refreshSeconds"); }

    const BoardSnapshot& snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_received > 0; }
    int snapshotsReceived() const { return m_received; }
    NextBreachModel* nextModel() const { return m_nextModel; }
    BoardCountersWidget* counters() const { return m_counters; }
    QWidget* board() const { return m_board; }
    ComplaintKeywordsPanel* keywordsPanel() const { return m_keywords; }
    bool hasKeywords() const { return m_keywordsReceived > 0; }
    // The keywords are counted again after this long (and when the month changes), not on every
    // refresh: a month of a large desk is seconds of word breaking and changes slowly.
    static constexpr int kKeywordsMaxAgeSeconds = 600;
    BoardFilter filter() const;
    int refreshSeconds() const;
    bool inWallMode() const { return m_wall; }

    // Grabs the board (without the controls) into a PNG; false when it cannot be written.
    bool exportPng(const QString& path);

public slots:
    void refresh();
    void setRefreshSeconds(int seconds);
    void setWallMode(bool on);
    void exportDialog();

signals:
    void ticketActivated(const QString& number);
    void refreshed(); // a snapshot is on screen
    void keywordsShown();
    void requestRefresh(quint64 generation, const ingot::BoardFilter& filter);
    void requestTeams();
    void requestKeywords(quint64 generation, qint64 from, qint64 to);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createControls();
    QWidget* createBoard();
    void onReady(quint64 generation, const BoardSnapshot& snapshot);
    void onFailed(quint64 generation, const QString& message);
    void onFilterChanged();
    void showSnapshot();
    void applyFontScale(double scale);
    void refreshKeywordsIfStale();

    const Clock& m_clock;
    QThread m_thread;
    SlaBoardWorker* m_worker;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_pending = false;
    int m_received = 0;
    BoardSnapshot m_snapshot;
    bool m_wall = false;
    QFont m_normalFont;

    QWidget* m_controls = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_team = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_board = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_anomalies = nullptr;
    BoardCountersWidget* m_counters = nullptr;
    NextBreachModel* m_nextModel = nullptr;
    QTableView* m_nextView = nullptr;
    BoardCharts* m_charts = nullptr;
    ComplaintKeywordsPanel* m_keywords = nullptr;
    quint64 m_keywordsGeneration = 0;
    bool m_keywordsBusy = false;
    int m_keywordsReceived = 0;
    QString m_keywordsMonth;     // "YYYY-MM" of the keywords shown or being counted
    qint64 m_keywordsAsked = 0;  // clock instant of the last request
};

} // namespace ingot
