#include "app/quality/KnowledgeService.h"

#include "app/quality/SearchTerms.h"
#include "app/security/Authorizer.h"

#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Knowledge)
};

// Enough candidates for the ranking to choose from; the knowledge base is hundreds of articles,
// not millions.
constexpr int kCandidates = 200;
} // namespace

KnowledgeService::KnowledgeService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

const QSet<QString>& KnowledgeService::stopWords()
{
    if (!m_stopWords) {
        auto words = m_store.quality().facts().stopWords();
        m_stopWords = words ? *words : QSet<QString>{};
    }
    return *m_stopWords;
}

Result<QList<KnowledgeRanking::Scored>>
KnowledgeService::rank(const QStringList& terms, std::optional<Category> category, const QString& language, int limit)
{
    QList<KnowledgeArticle> candidates;
    if (!terms.isEmpty()) {
        auto found = m_store.quality().knowledge().candidates(terms, language, kCandidates);
        if (!found)
            return found.error();
        candidates = *found;
    }
    if (category) {
        // The category alone already points at its articles, before a word is typed.
        auto all = m_store.quality().knowledge().all(language);
        if (!all)
            return all.error();
        for (const KnowledgeArticle& a : *all) {
            if (a.category != *category)
                continue;
            const bool known = std::any_of(candidates.cbegin(), candidates.cend(),
                                           [&a](const KnowledgeArticle& c) { return c.id == a.id; });
            if (!known)
                candidates << a;
        }
    }
    return KnowledgeRanking::rank(candidates, terms, category, limit);
}

Result<QList<KnowledgeRanking::Scored>> KnowledgeService::search(const QString& query, const QString& language,
                                                                 int limit)
{
    if (query.trimmed().isEmpty())
        return Error::badInput(Text::tr("type something to search for"), QStringLiteral("query"));
    return rank(SearchTerms::forQuery(query), std::nullopt, language, limit);
}

Result<QList<KnowledgeRanking::Scored>> KnowledgeService::suggest(const QString& title, const QString& description,
                                                                  std::optional<Category> category,
                                                                  const QString& language, int limit)
{
    // The title says what the problem is; its words go first so they survive the term limit.
    const QStringList terms = SearchTerms::forTicket(title + QLatin1Char('\n') + description, stopWords());
    if (terms.isEmpty() && !category)
        return QList<KnowledgeRanking::Scored>{};
    return rank(terms, category, language, limit);
}

Result<KnowledgeArticle> KnowledgeService::save(KnowledgeArticle article, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::KnowledgeEdit); !allowed)
        return allowed.error();
    article.code = article.code.trimmed().toUpper();
    article.title = article.title.trimmed();
    if (auto st = article.validate(); !st)
        return st.error();
    article.updatedAt = m_clock.now();
    article.updatedBy = actor;
    Status st = m_store.write([&] { return m_store.quality().knowledge().upsert(article); });
    if (!st)
        return st.error();
    return find(article.code, article.language);
}

Result<KnowledgeArticle> KnowledgeService::find(const QString& code, const QString& language)
{
    return m_store.quality().knowledge().find(code.trimmed().toUpper(), language);
}

Status KnowledgeService::remove(const QString& code, const QString& language)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::KnowledgeEdit); !allowed)
        return allowed;
    return m_store.write([&] { return m_store.quality().knowledge().remove(code.trimmed().toUpper(), language); });
}

Status KnowledgeService::recordSolved(const QString& ticketNo, const QString& code, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::KnowledgeLink); !allowed)
        return allowed;
    return m_store.write([&] {
        return m_store.quality().knowledge().recordSolved(ticketNo.trimmed(), code.trimmed().toUpper(), m_clock.now(),
                                                          actor);
    });
}

} // namespace ingot
