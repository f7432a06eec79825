#pragma once

#include "core/common/Clock.h"
#include "core/quality/KnowledgeRanking.h"
#include "core/repositories/Repositories.h"

#include <optional>

namespace ingot {

// The knowledge base's use cases: search it, suggest articles for a ticket being typed, edit
// articles, and record which article solved a ticket.
class KnowledgeService final {
public:
    KnowledgeService(Store& store, const Clock& clock);

    // `language` "zh", "en" or empty for both.
    Result<QList<KnowledgeRanking::Scored>> search(const QString& query, const QString& language, int limit);
    Result<QList<KnowledgeRanking::Scored>> suggest(const QString& title, const QString& description,
                                                    std::optional<Category> category, const QString& language,
                                                    int limit);
    // Creates or changes an article (permission kb.edit; audited as kb_article create/edit).
    Result<KnowledgeArticle> save(KnowledgeArticle article, const QString& actor);
    Result<KnowledgeArticle> find(const QString& code, const QString& language);
    // Every article of `language` (empty: both), retired ones too, by code; `category` narrows it.
    Result<QList<KnowledgeArticle>> list(const QString& language, std::optional<Category> category);
    // A retired article is no longer suggested or found by search; restore puts it back. Both need
    // kb.edit and are audited. The article keeps its text and its "solved by" history.
    Result<KnowledgeArticle> retire(const QString& code, const QString& language, const QString& actor);
    Result<KnowledgeArticle> restore(const QString& code, const QString& language, const QString& actor);
    Status remove(const QString& code, const QString& language);
    Status recordSolved(const QString& ticketNo, const QString& code, const QString& actor);

private:
    Result<QList<KnowledgeRanking::Scored>> rank(const QStringList& terms, std::optional<Category> category,
                                                 const QString& language, int limit);
    const QSet<QString>& stopWords();
    Result<KnowledgeArticle> setRetired(const QString& code, const QString& language, bool retired,
                                        const QString& actor);

    Store& m_store;
    const Clock& m_clock;
    std::optional<QSet<QString>> m_stopWords;
};

} // namespace ingot
