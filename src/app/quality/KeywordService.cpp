#include "app/quality/KeywordService.h"

#include "app/quality/WordBreaker.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace ingot {

Result<std::pair<qint64, qint64>> KeywordService::monthBounds(const QString& month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(month.trimmed());
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return Error::badInput(
            QCoreApplication::translate("Keywords", "a month is written YYYY-MM, not '%1'").arg(month),
            QStringLiteral("month"));
    const qint64 from = QDateTime(first, QTime(0, 0), Instant::localZone()).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), Instant::localZone()).toSecsSinceEpoch() - 1;
    return std::pair{from, to};
}

Result<QList<KeywordCounter::Entry>> KeywordService::month(const QString& month, int limit)
{
    auto bounds = monthBounds(month);
    if (!bounds)
        return bounds.error();
    return between(bounds->first, bounds->second, limit);
}

Result<QList<KeywordCounter::Entry>> KeywordService::between(qint64 from, qint64 to, int limit)
{
    auto texts = m_store.quality().facts().complaintTexts(from, to);
    if (!texts)
        return texts.error();
    auto stop = m_store.quality().facts().stopWords();
    if (!stop)
        return stop.error();
    QList<QStringList> words;
    words.reserve(texts->size());
    for (const QString& t : *texts)
        words << WordBreaker::words(t);
    return KeywordCounter::top(words, *stop, limit);
}

} // namespace ingot
