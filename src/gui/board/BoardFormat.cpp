#include "gui/board/BoardFormat.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaBoard)
};
} // namespace

QString BoardFormat::timeLeft(qint64 seconds)
{
    if (seconds <= 0)
        return Text::tr("due now");
    const qint64 days = seconds / 86400;
    const qint64 h = (seconds % 86400) / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (days > 0)
        return Text::tr("%1 d %2:%3").arg(days).arg(two(h), two(m));
    return QStringLiteral("%1:%2:%3").arg(two(h), two(m), two(s));
}

} // namespace ingot
