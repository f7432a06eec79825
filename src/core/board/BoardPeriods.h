#pragma once

#include <QtGlobal>

namespace ingot {

// The local periods the board counts in, from one instant: today, this month, this week (from
// Monday 00:00) and the weeks before it. Local means Instant::localZone().
struct BoardPeriods {
    qint64 now = 0;
    qint64 dayStart = 0;
    qint64 monthStart = 0;
    qint64 weekStart = 0;
    qint64 historyStart = 0;    // weekStart - historyWeeks weeks
    qint64 complianceStart = 0; // local midnight 29 days before today: 30 days with today
    int historyWeeks = 8;

    static constexpr qint64 kDay = 86400;
    static constexpr qint64 kWeek = 7 * kDay;
    static constexpr int kComplianceDays = 30;

    static BoardPeriods at(qint64 now, int historyWeeks = 8);
    qint64 weekSpan() const { return now - weekStart; } // how far into this week we are
};

} // namespace ingot
