#include "app/sla/SlaFormat.h"

#include <cstdlib>

namespace ingot {

QString SlaFormat::minutes(qint64 seconds)
{
    // Hundredths of a minute rounded half away from zero in integers, so 5430 s is exactly "90.5".
    const qint64 magnitude = (std::llabs(seconds) * 100 + 30) / 60;
    QString text = QString::number(magnitude / 100);
    if (const qint64 fraction = magnitude % 100; fraction != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return seconds < 0 && magnitude != 0 ? QLatin1Char('-') + text : text;
}

QString SlaFormat::cny(qint64 fen)
{
    const qint64 magnitude = std::llabs(fen);
    const QString text = QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return fen < 0 ? QLatin1Char('-') + text : text;
}

} // namespace ingot
