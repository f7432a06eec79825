#include "core/common/Instant.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ingot {

namespace {
QTimeZone& zoneStorage()
{
    static QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}
}  // namespace

const QTimeZone& Instant::localZone()
{
    return zoneStorage();
}

void Instant::setLocalZone(const QTimeZone& zone)
{
    zoneStorage() = zone;
}

Result<QDate> Instant::parseDate(const QString& text)
{
    // Qt's ISODate also takes 2026/10/01; dates are stored and compared as text, so one spelling only.
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Error::badInput(QObject::tr("'%1' is not a date such as 2026-10-01").arg(text));
    return date;
}

Result<qint64> Instant::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return Error::badInput(QObject::tr("'%1' is not a date-time; use ISO 8601 such as 2026-10-09T17:00:00+08:00")
                                   .arg(text));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hh = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const int mm = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    const int ss = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const QTime time(hh, mm, ss);
    if (!date.isValid() || !time.isValid())
        return Error::badInput(QObject::tr("'%1' is not a valid calendar date or time").arg(text));

    const QString offset = m.captured(7);
    qint64 epoch = 0;
    if (offset.isEmpty()) {
        epoch = QDateTime(date, time, localZone()).toSecsSinceEpoch();
    } else if (offset == QLatin1String("Z")) {
        epoch = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    } else {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) *
                                  (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
        if (qAbs(offsetSeconds) > 14 * 3600 || digits.mid(2, 2).toInt() > 59)
            return Error::badInput(QObject::tr("'%1' has an impossible UTC offset").arg(text));
        epoch = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch() - offsetSeconds;
    }
    // Outside these years format() cannot write the instant back as parse() reads it: before 1901
    // the zone's offset has seconds (local mean time), after 9999 ISO 8601 has no year. A service
    // desk has no business with either, so they are refused rather than stored and exported wrong.
    constexpr qint64 kFirst = 0;               // 1970-01-01T00:00:00Z
    constexpr qint64 kLast = 32503679999;      // 2999-12-31T23:59:59Z
    if (epoch < kFirst || epoch > kLast)
        return Error::badInput(QObject::tr("'%1' is not between 1970 and 2999").arg(text));
    return epoch;
}

QString Instant::format(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, localZone()).toString(Qt::ISODate);
}

QString Instant::formatShort(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, localZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace ingot
