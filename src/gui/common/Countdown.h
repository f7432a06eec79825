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
    // Red when overdue, amber in the last hour, invalid (default colour) otherwise.
    static QColor color(qint64 dueAt, qint64 now);
    // The duration part alone, for a non-negative number of seconds.
    static QString duration(qint64 seconds, bool roundUp);

    static constexpr qint64 kWarningSeconds = 3600;
};

}  // namespace ingot
