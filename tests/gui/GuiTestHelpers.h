#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>
#include <functional>

namespace ingot::test {

// Runs `handle` on the next modal dialog once it is shown (QDialog::exec blocks the test otherwise).
inline void onNextModal(std::function<void(QDialog*)> handle, int timeoutMs = 5000)
{
    auto* poll = new QTimer;
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, clock, handle = std::move(handle), timeoutMs] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        delete clock;
        if (dialog)
            handle(dialog);
    });
    poll->start(10);
}

// Types `text` into `widget`: ASCII as key clicks, everything else as an input method commit, the way
// Chinese text arrives from a real input method (QTest::keyClicks handles ASCII only).
inline void typeText(QWidget* widget, const QString& text)
{
    QString ascii;
    const auto flushAscii = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    QString other;
    const auto flushOther = [&] {
        if (other.isEmpty())
            return;
        QInputMethodEvent commit;
        commit.setCommitString(other);
        QCoreApplication::sendEvent(widget, &commit);
        other.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            flushOther();
            ascii += c;
        } else {
            flushAscii();
            other += c;
        }
    }
    flushAscii();
    flushOther();
}

}  // namespace ingot::test
