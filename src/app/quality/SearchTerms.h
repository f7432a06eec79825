#pragma once

#include <QSet>
#include <QStringList>

namespace ingot {

// Turns what a person typed into the terms the knowledge base is searched with.
class SearchTerms final {
public:
    // A search box: every blank-separated chunk is a term as typed (so 氧化膜 stays one trigram
    // term); long Chinese chunks (a sentence typed without blanks) are broken into words as well.
    static QStringList forQuery(const QString& query);
    // Ticket text being typed: the words of title and description (ICU), without stop words,
    // single characters or numbers; each once, in order of first use.
    static QStringList forTicket(const QString& text, const QSet<QString>& stopWords, int maxTerms = 16);
};

} // namespace ingot
