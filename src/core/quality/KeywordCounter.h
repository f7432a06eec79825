#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace ingot {

// The most frequent terms of a month's complaints (seed §三(二)3: 提取关键词 包装/硬度/价格).
// Pure: works on words a word breaker has already split, so it is tested without ICU.
class KeywordCounter final {
public:
    struct Entry {
        QString word;
        int count = 0; // complaints that use the word (a word repeated in one complaint counts once)
    };

    // Latin words are compared in lower case; words shorter than `minLength` characters, stop
    // words, and words without a letter (numbers, punctuation, batch codes like 2606-01) are dropped.
    // Most frequent first, then by word.
    static QList<Entry> top(const QList<QStringList>& complaints, const QSet<QString>& stopWords, int limit,
                            int minLength = 2);
    static bool isCandidate(const QString& word, int minLength);
};

} // namespace ingot
