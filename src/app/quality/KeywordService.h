#pragma once

#include "core/quality/KeywordCounter.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// The month's most frequent complaint terms (seed §三(二)3), for the dashboard and the KPI report:
// titles and descriptions broken into words by ICU, stop words (editable, in the database) left out.
class KeywordService final {
public:
    explicit KeywordService(Store& store) : m_store(store) {}

    // `month` is "YYYY-MM", a local calendar month.
    Result<QList<KeywordCounter::Entry>> month(const QString& month, int limit);
    Result<QList<KeywordCounter::Entry>> between(qint64 from, qint64 to, int limit);
    // The local [start, end] instants of "YYYY-MM".
    static Result<std::pair<qint64, qint64>> monthBounds(const QString& month);

private:
    Store& m_store;
};

} // namespace ingot
