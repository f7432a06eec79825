#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QStringView>

namespace ingot {

// The most frequent terms of a month's complaints (seed §三(二)3: 提取关键词 包装/硬度/价格).
// Pure: works on words a word breaker has already split, so it is tested without ICU. Complaints
// are added one at a time, so a month of 80,000 tickets is counted without keeping its words.
class KeywordCounter final {
public:
    struct Entry {
        QString word;
        int count = 0;     // complaints that use the word (a word repeated in one complaint counts once)
        double share = 0;  // count ÷ complaints counted, 0..1

        bool operator==(const Entry&) const = default;
    };

    explicit KeywordCounter(QSet<QString> stopWords = {}, int minLength = 2);

    // One complaint's words. Latin words are compared in lower case; words shorter than `minLength`
    // characters, stop words, and words without a letter or with a digit (numbers, punctuation,
    // batch codes like 2606-01, grades like Pb99.994) are dropped.
    void add(const QStringList& words);
    // Adds another counter's complaints (counted with the same stop words), e.g. a second thread's.
    void merge(const KeywordCounter& other);

    qint64 complaints() const { return m_complaints; }
    // Most frequent first, ties by word (code-unit order, so the same month always lists the same way).
    // `limit` < 0: all of them.
    QList<Entry> top(int limit) const;

    static QList<Entry> top(const QList<QStringList>& complaints, const QSet<QString>& stopWords, int limit,
                            int minLength = 2);
    static bool isCandidate(QStringView word, int minLength);

private:
    QSet<QString> m_stopWords;
    int m_minLength;
    qint64 m_complaints = 0;
    QHash<QString, int> m_counts;
    QSet<QString> m_seen; // the words of the complaint being added; kept to reuse its buckets
};

} // namespace ingot
