#pragma once

#include <QColor>
#include <QString>
#include <QtGlobal>

namespace ingot {

// How the desk shows the time left until an SLA due instant: "45 min", "2 h 05 min", "3 d 4 h",
// and "overdue 35 min" once it has passed. Minutes are floored while time remains and rounded up
// once overdue, so a clock never reads "0 min" left while it is already late.
class Countdown final {
public:
    static QString text(qint64 dueAt, qint64 now);
    // Green until the clock turns at risk (atRiskAt, stored with the due instant: the policy's share
    // of the target used in the clock's calendar), amber from then on, red once overdue; invalid
    // (default colour) without a due instant. A row whose at-risk instant is not stored yet
    // (atRiskAt 0: before the first sweep after schema 11) turns amber in the last hour instead.
    static QColor color(qint64 dueAt, qint64 atRiskAt, qint64 now);
    static QColor onTimeColor() { return QColor(0x2e, 0x7d, 0x32); }
    static QColor atRiskColor() { return QColor(0xb2, 0x6a, 0x00); }
    static QColor overdueColor() { return QColor(0xc6, 0x28, 0x28); }
    // The duration part alone, for a non-negative number of seconds.
    static QString duration(qint64 seconds, bool roundUp);

    static constexpr qint64 kFallbackWarningSeconds = 3600;
};

}  // namespace ingot
