#include "core/sla/CalendarTypes.h"

#include <QStringList>

namespace ingot {

QString dayKindKey(DayKind kind)
{
    return kind == DayKind::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday");
}

std::optional<DayKind> parseDayKind(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("holiday"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("休"))
        return DayKind::Holiday;
    if (t.compare(QLatin1String("workday"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("班"))
        return DayKind::Workday;
    return std::nullopt;
}

namespace {
QString clockText(int secondsOfDay)
{
    const int h = secondsOfDay / 3600;
    const int m = secondsOfDay % 3600 / 60;
    const int s = secondsOfDay % 60;
    QString text = QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    if (s != 0)
        text += QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0'));
    return text;
}
} // namespace

QString formatDaySchedule(const DaySchedule& day)
{
    QStringList parts;
    for (const ServiceInterval& i : day)
        parts << clockText(i.start) + QLatin1Char('-') + clockText(i.end);
    return parts.join(QLatin1Char(','));
}

} // namespace ingot
