#pragma once

#include "storage/sql/quality/KnowledgeSearch.h"

namespace ingot {

// The knowledge base's term search on SQLite, over the indexes of migration 0006 as in ticket search
// (schema 4): trigram for terms of three characters or more, overlapping bigrams for shorter ones.
// The subquery's shape depends only on which of the two are needed, so the cache of prepared
// statements stays small.
class SqliteKnowledgeSearch final : public KnowledgeSearch {
public:
    Source matching(const QStringList& terms) const override;

    // The FTS5 query for terms of three characters or more: each term a quoted phrase, joined by OR.
    static QString ftsQuery(const QStringList& longTerms);
    // The bigram index query for shorter terms.
    static QString bigramQuery(const QStringList& shortTerms);
};

}  // namespace ingot
