#pragma once

#include "core/quality/KnowledgeArticle.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace ingot {

// Orders candidate articles (found by the full-text index) by how well they fit what an agent has
// typed. Pure, so the order is tested without a database: a term in the title or the keywords
// counts more than one in the body, longer terms more than short ones, the ticket's category adds
// a bonus, and articles that solved tickets before win ties.
class KnowledgeRanking final {
public:
    struct Scored {
        KnowledgeArticle article;
        double score = 0;
        QStringList matched; // the terms found, in query order
    };

    static double score(const KnowledgeArticle& article, const QStringList& terms, std::optional<Category> category,
                        QStringList* matched = nullptr);
    // Best first; articles with no matched term and no category bonus are dropped.
    static QList<Scored> rank(const QList<KnowledgeArticle>& candidates, const QStringList& terms,
                              std::optional<Category> category, int limit);
};

} // namespace ingot
