#include "app/quality/KeywordService.h"

#include "app/quality/StopWords.h"
#include "app/quality/WordBreaker.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <thread>
#include <vector>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Keywords)
};

// Below this a second thread costs more than it saves.
constexpr qsizetype kTextsPerThread = 4000;
constexpr int kMaxThreads = 4;
} // namespace

Result<std::pair<qint64, qint64>> KeywordService::monthBounds(const QString& month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(month.trimmed());
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return Error::badInput(Text::tr("a month is written YYYY-MM, not '%1'").arg(month), QStringLiteral("month"));
    const qint64 from = QDateTime(first, QTime(0, 0), Instant::localZone()).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), Instant::localZone()).toSecsSinceEpoch() - 1;
    return std::pair{from, to};
}

Result<ComplaintKeywords> KeywordService::month(const QString& month, int limit)
{
    auto bounds = monthBounds(month);
    if (!bounds)
        return bounds.error();
    return between(bounds->first, bounds->second, limit);
}

KeywordCounter KeywordService::count(const QStringList& texts, const QSet<QString>& stopWords, int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, unsigned(kMaxThreads)));
    threads = static_cast<int>(std::clamp<qsizetype>(texts.size() / kTextsPerThread, 1, threads));

    std::vector<KeywordCounter> parts(static_cast<std::size_t>(threads), KeywordCounter(stopWords));
    const auto work = [&texts, &parts, threads](int part) {
        KeywordCounter& counter = parts[static_cast<std::size_t>(part)];
        for (qsizetype i = part; i < texts.size(); i += threads)
            counter.add(WordBreaker::words(texts.at(i)));
    };
    std::vector<std::thread> helpers;
    for (int part = 1; part < threads; ++part)
        helpers.emplace_back(work, part);
    work(0);
    for (std::thread& t : helpers)
        t.join();
    for (std::size_t part = 1; part < parts.size(); ++part)
        parts.front().merge(parts[part]);
    return std::move(parts.front());
}

Result<ComplaintKeywords> KeywordService::between(qint64 from, qint64 to, int limit)
{
    auto texts = m_store.quality().facts().complaintTexts(from, to);
    if (!texts)
        return texts.error();
    auto stop = StopWords::load(m_store);
    if (!stop)
        return stop.error();
    const KeywordCounter counter = count(*texts, *stop);
    return ComplaintKeywords{from, to, counter.complaints(), counter.top(limit)};
}

} // namespace ingot
