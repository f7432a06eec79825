#include "core/board/BoardPeriods.h"

#include "core/common/Instant.h"

#include <QDateTime>

namespace ingot {

BoardPeriods BoardPeriods::at(qint64 now, int historyWeeks)
{
    const QTimeZone& zone = Instant::localZone();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now, zone);
    const QDate today = local.date();
    auto midnight = [&zone](QDate d) { return QDateTime(d, QTime(0, 0), zone).toSecsSinceEpoch(); };

    BoardPeriods p;
    p.now = now;
    p.historyWeeks = historyWeeks;
    p.dayStart = midnight(today);
    p.monthStart = midnight(QDate(today.year(), today.month(), 1));
    p.weekStart = midnight(today.addDays(1 - today.dayOfWeek()));
    p.historyStart = midnight(today.addDays(1 - today.dayOfWeek() - 7 * historyWeeks));
    p.complianceStart = midnight(today.addDays(1 - kComplianceDays));
    return p;
}

} // namespace ingot
