#include "core/quality/KeywordCounter.h"

#include <QHash>
#include <algorithm>

namespace ingot {

bool KeywordCounter::isCandidate(const QString& word, int minLength)
{
    if (word.size() < minLength)
        return false;
    bool letter = false;
    for (QChar c : word) {
        if (c.isDigit())
            return false; // codes and quantities are not topics
        if (c.isLetter())
            letter = true;
    }
    return letter;
}

QList<KeywordCounter::Entry> KeywordCounter::top(const QList<QStringList>& complaints, const QSet<QString>& stopWords,
                                                 int limit, int minLength)
{
    QHash<QString, int> counts;
    for (const QStringList& words : complaints) {
        QSet<QString> seen;
        for (const QString& raw : words) {
            const QString w = raw.trimmed().toLower();
            if (!isCandidate(w, minLength) || stopWords.contains(w) || seen.contains(w))
                continue;
            seen.insert(w);
            ++counts[w];
        }
    }
    QList<Entry> out;
    out.reserve(counts.size());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out << Entry{it.key(), it.value()};
    std::sort(out.begin(), out.end(),
              [](const Entry& a, const Entry& b) { return a.count != b.count ? a.count > b.count : a.word < b.word; });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace ingot
