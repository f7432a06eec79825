#include "core/quality/KeywordCounter.h"

#include <algorithm>

namespace ingot {

KeywordCounter::KeywordCounter(QSet<QString> stopWords, int minLength)
    : m_stopWords(std::move(stopWords)),
      m_minLength(minLength)
{}

bool KeywordCounter::isCandidate(QStringView word, int minLength)
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

void KeywordCounter::add(const QStringList& words)
{
    ++m_complaints;
    m_seen.clear();
    for (const QString& raw : words) {
        const QString w = raw.trimmed().toLower();
        if (!isCandidate(w, m_minLength) || m_stopWords.contains(w) || m_seen.contains(w))
            continue;
        m_seen.insert(w);
        ++m_counts[w];
    }
}

void KeywordCounter::merge(const KeywordCounter& other)
{
    m_complaints += other.m_complaints;
    for (auto it = other.m_counts.constBegin(); it != other.m_counts.constEnd(); ++it)
        m_counts[it.key()] += it.value();
}

QList<KeywordCounter::Entry> KeywordCounter::top(int limit) const
{
    QList<Entry> out;
    out.reserve(m_counts.size());
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        out << Entry{it.key(), it.value(), 0.0};
    const auto before = [](const Entry& a, const Entry& b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    };
    if (limit >= 0 && out.size() > limit) {
        std::partial_sort(out.begin(), out.begin() + limit, out.end(), before);
        out.resize(limit);
    } else {
        std::sort(out.begin(), out.end(), before);
    }
    for (Entry& e : out)
        e.share = m_complaints > 0 ? static_cast<double>(e.count) / static_cast<double>(m_complaints) : 0.0;
    return out;
}

QList<KeywordCounter::Entry> KeywordCounter::top(const QList<QStringList>& complaints, const QSet<QString>& stopWords,
                                                 int limit, int minLength)
{
    KeywordCounter counter(stopWords, minLength);
    for (const QStringList& words : complaints)
        counter.add(words);
    return counter.top(limit);
}

} // namespace ingot
