#pragma once

#include "storage/sql/quality/KnowledgeSearch.h"

namespace ingot {

// The knowledge base's term search on PostgreSQL: an article matches when its title, keywords or
// one of its texts contains a term (ILIKE, ASCII case ignored as by SQLite's trigram index). No
// index serves it; the knowledge base holds hundreds of articles, not millions.
class PostgresKnowledgeSearch final : public KnowledgeSearch {
public:
    Source matching(const QStringList& terms) const override;
};

}  // namespace ingot
