#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QDialog;

namespace ingot {

class DeskSession;
class MainWindow;

// Produces the documentation screenshots (hidden --screenshot option): waits until the queue's
// first page is on screen, selects a ticket or opens a dialog with example input, grabs the window
// into a PNG and ends the program.
class ScreenshotRunner final : public QObject {
    Q_OBJECT
public:
    enum class Subject { Main, NewTicket, Settings, CustomerArchive, Board, BoardWall, QueueDue, QueueEnd };
    static std::optional<Subject> parseSubject(const QString& text);
    static const char* subjectNames();  // for the usage message

    ScreenshotRunner(MainWindow& window, DeskSession& session, Subject subject, QString path,
                     QObject* parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void onFirstPage();
    void selectInterestingTicket();
    // Sorted by next due, scrolled to where overdue (red) rows end and at-risk (amber) ones begin.
    void showDueQueue();
    // The last rows of the whole queue; reports the resident memory then (docs/performance.md).
    void showQueueEnd();
    void openNewTicket();
    void openSettings();
    void openCustomerArchive();
    void grabLater(QWidget* widget, int delayMs);
    void grab(QWidget* widget);

    MainWindow& m_window;
    DeskSession& m_session;
    Subject m_subject;
    QString m_path;
    QTimer m_deadline;
    QElapsedTimer m_clock;  // reported on stderr: how long the queue took to show
    QPointer<QDialog> m_dialog;
    bool m_started = false;
    bool m_firstPageSeen = false;
};

}  // namespace ingot
