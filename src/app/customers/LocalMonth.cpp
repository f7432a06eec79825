#include "app/customers/LocalMonth.h"

#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace ingot {

Result<LocalMonth> LocalMonth::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = form.match(text.trimmed());
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || month < 1 || month > 12)
        return Error::badInput(
            QCoreApplication::translate("Customers", "'%1' is not a month; write it as YYYY-MM, e.g. 2026-03")
                .arg(text));
    return LocalMonth{m.captured(1).toInt(), month};
}

LocalMonth LocalMonth::containing(qint64 instant)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(instant, Instant::localZone()).date();
    return {d.year(), d.month()};
}

LocalMonth LocalMonth::plusMonths(int months) const
{
    const int index = year * 12 + (month - 1) + months;
    return {index / 12, index % 12 + 1};
}

LocalMonth LocalMonth::previous() const
{
    return plusMonths(-1);
}
LocalMonth LocalMonth::next() const
{
    return plusMonths(1);
}

qint64 LocalMonth::start() const
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), Instant::localZone()).toSecsSinceEpoch();
}

QString LocalMonth::key() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

qint64 addLocalMonths(qint64 instant, int months)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(instant, Instant::localZone());
    return QDateTime(local.date().addMonths(months), local.time(), Instant::localZone()).toSecsSinceEpoch();
}

} // namespace ingot
