#include "gui/common/Countdown.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Countdown)
};
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
}  // namespace

QString Countdown::duration(qint64 seconds, bool roundUp)
{
    const qint64 minutes = roundUp ? (seconds + kMinute - 1) / kMinute : seconds / kMinute;
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
}

QString Countdown::text(qint64 dueAt, qint64 now)
{
    if (dueAt <= 0)
        return {};
    if (now >= dueAt)
        return Text::tr("overdue %1").arg(duration(now - dueAt, true));
    return duration(dueAt - now, false);
}

QColor Countdown::color(qint64 dueAt, qint64 atRiskAt, qint64 now)
{
    if (dueAt <= 0)
        return {};
    if (now >= dueAt)
        return overdueColor();
    const bool atRisk = atRiskAt > 0 ? now >= atRiskAt : dueAt - now <= kFallbackWarningSeconds;
    return atRisk ? atRiskColor() : onTimeColor();
}

}  // namespace ingot
