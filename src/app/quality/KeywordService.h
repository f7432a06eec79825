#pragma once

#include "core/quality/ComplaintKeywords.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// The month's most frequent complaint terms (seed §三(二)3), for the SLA board and the KPI report:
// titles and descriptions broken into words by ICU (WordBreaker), the shipped and the site's stop
// words left out (StopWords), counted once per complaint (KeywordCounter).
class KeywordService final {
public:
    static constexpr int kDefaultLimit = 10;

    explicit KeywordService(Store& store) : m_store(store) {}

    // `month` is "YYYY-MM", a local calendar month (Asia/Shanghai).
    Result<ComplaintKeywords> month(const QString& month, int limit = kDefaultLimit);
    // Tickets reported in [from, to] (both inclusive), cancelled ones left out.
    Result<ComplaintKeywords> between(qint64 from, qint64 to, int limit = kDefaultLimit);
    // The local [start, end] instants of "YYYY-MM" (end = the last second of the month).
    static Result<std::pair<qint64, qint64>> monthBounds(const QString& month);

    // Counts texts already read; word breaking is spread over up to `threads` threads (each with its
    // own ICU iterator), because it is the cost of a month of a large desk.
    static KeywordCounter count(const QStringList& texts, const QSet<QString>& stopWords, int threads = 0);

private:
    Store& m_store;
};

} // namespace ingot
