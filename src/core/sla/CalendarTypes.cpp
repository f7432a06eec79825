#include "core/sla/CalendarTypes.h"

#include <QRegularExpression>
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

std::optional<DaySchedule> parseDaySchedule(const QString& text)
{
    static const QRegularExpression interval(
        QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2}))?-(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    DaySchedule day;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return day;
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        const auto m = interval.match(part.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        const auto seconds = [&](int first) {
            const int h = m.captured(first).toInt();
            const int min = m.captured(first + 1).toInt();
            const int s = m.captured(first + 2).isEmpty() ? 0 : m.captured(first + 2).toInt();
            return (min >= 60 || s >= 60) ? -1 : h * 3600 + min * 60 + s;
        };
        const int start = seconds(1);
        const int end = seconds(4);
        if (start < 0 || end < 0)
            return std::nullopt;
        day << ServiceInterval{start, end};
    }
    return day;
}

} // namespace ingot
