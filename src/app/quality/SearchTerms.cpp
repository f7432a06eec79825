#include "app/quality/SearchTerms.h"

#include "app/quality/WordBreaker.h"
#include "core/quality/KeywordCounter.h"

#include <QRegularExpression>

namespace ingot {

namespace {
constexpr int kLongChunk = 6;

void addOnce(QStringList& out, const QString& term)
{
    if (!term.isEmpty() && !out.contains(term, Qt::CaseInsensitive))
        out << term;
}
} // namespace

QStringList SearchTerms::forQuery(const QString& query)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；、。]+"));
    QStringList out;
    for (const QString& chunk : query.split(separators, Qt::SkipEmptyParts)) {
        addOnce(out, chunk);
        if (chunk.size() > kLongChunk && WordBreaker::hasHan(chunk))
            for (const QString& w : WordBreaker::words(chunk))
                if (w.size() >= 2)
                    addOnce(out, w);
    }
    return out;
}

QStringList SearchTerms::forTicket(const QString& text, const QSet<QString>& stopWords, int maxTerms)
{
    QStringList out;
    for (const QString& raw : WordBreaker::words(text)) {
        const QString w = raw.toLower();
        // Latin words need three letters to say something (pb, of ...); two Chinese characters do.
        const int minLength = WordBreaker::hasHan(w) ? 2 : 3;
        if (!KeywordCounter::isCandidate(w, minLength) || stopWords.contains(w))
            continue;
        addOnce(out, w);
        if (out.size() >= maxTerms)
            break;
    }
    return out;
}

} // namespace ingot
