#include "storage/sqlite/search/SqliteKnowledgeSearch.h"

#include "storage/sqlite/SqliteDialect.h"

namespace ingot {

namespace {
// Trigram tokens need three characters; shorter terms take the bigram index.
constexpr int kTrigram = 3;
}  // namespace

KnowledgeSearch::Source SqliteKnowledgeSearch::matching(const QStringList& terms) const
{
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString& t : terms)
        (t.size() >= kTrigram ? longTerms : shortTerms) << t;
    QStringList sources;
    Source out;
    if (!longTerms.isEmpty()) {
        sources << QStringLiteral("SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?");
        out.values << ftsQuery(longTerms);
    }
    if (!shortTerms.isEmpty()) {
        sources << QStringLiteral("SELECT rowid FROM kb_bigrams WHERE kb_bigrams MATCH ?");
        out.values << bigramQuery(shortTerms);
    }
    out.sql = sources.join(QStringLiteral(" UNION "));
    return out;
}

QString SqliteKnowledgeSearch::bigramQuery(const QStringList& shortTerms)
{
    // A two-character term is one bigram token; a single character is the start of one.
    QStringList parts;
    for (const QString& t : shortTerms)
        parts << (t.size() == 1 ? SqliteDialect::ftsPhrase(t) + QLatin1Char('*') : SqliteDialect::ftsPhrase(t));
    return parts.join(QStringLiteral(" OR "));
}

QString SqliteKnowledgeSearch::ftsQuery(const QStringList& longTerms)
{
    QStringList phrases;
    for (const QString& t : longTerms)
        phrases << SqliteDialect::ftsPhrase(t);
    return phrases.join(QStringLiteral(" OR "));
}

}  // namespace ingot
