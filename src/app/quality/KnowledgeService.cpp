#include "app/quality/KnowledgeService.h"

#include "app/quality/SearchTerms.h"
#include "app/quality/StopWords.h"
#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
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
        auto words = StopWords::load(m_store);
        m_stopWords = words ? *words : StopWords::shipped();
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
            if (a.category != *category || a.retired())
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
    Status st = m_store.write([&] {
        auto before = m_store.quality().knowledge().find(article.code, article.language);
        if (!before && before.error().kind != Error::Kind::NotFound)
            return Status(before.error());
        if (auto saved = m_store.quality().knowledge().upsert(article); !saved)
            return saved;
        // The detail names what changed, so the trail answers "who changed what the customer is told".
        QJsonObject detail{{QStringLiteral("language"), article.language},
                           {QStringLiteral("category"), categoryKey(article.category)},
                           {QStringLiteral("title"), article.title}};
        if (before) {
            QJsonArray changed;
            const auto differs = [&](const char* key, const QString& was, const QString& now) {
                if (was != now)
                    changed << QString::fromLatin1(key);
            };
            differs("category", categoryKey(before->category), categoryKey(article.category));
            differs("title", before->title, article.title);
            differs("cause", before->cause, article.cause);
            differs("check", before->check, article.check);
            differs("action", before->action, article.action);
            differs("customer_reply", before->customerReply, article.customerReply);
            differs("keywords", before->keywords, article.keywords);
            detail.insert(QStringLiteral("changed"), changed);
        }
        return AuditTrail::record(m_store, m_clock, QStringLiteral("kb_article"), article.code,
                                  before ? QStringLiteral("edit") : QStringLiteral("create"), detail);
    });
    if (!st)
        return st.error();
    return find(article.code, article.language);
}

Result<QList<KnowledgeArticle>> KnowledgeService::list(const QString& language, std::optional<Category> category)
{
    auto all = m_store.quality().knowledge().all(language);
    if (!all || !category)
        return all;
    QList<KnowledgeArticle> out;
    for (const KnowledgeArticle& a : *all)
        if (a.category == *category)
            out << a;
    return out;
}

Result<KnowledgeArticle> KnowledgeService::retire(const QString& code, const QString& language, const QString& actor)
{
    return setRetired(code, language, true, actor);
}

Result<KnowledgeArticle> KnowledgeService::restore(const QString& code, const QString& language, const QString& actor)
{
    return setRetired(code, language, false, actor);
}

Result<KnowledgeArticle> KnowledgeService::setRetired(const QString& code, const QString& language, bool retired,
                                                      const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::KnowledgeEdit); !allowed)
        return allowed.error();
    const QString key = code.trimmed().toUpper();
    Status st = m_store.write([&] {
        auto current = m_store.quality().knowledge().find(key, language);
        if (!current)
            return Status(current.error());
        if (current->retired() == retired)
            return success(); // already so: nothing to record
        const std::optional<qint64> at = retired ? std::optional<qint64>(m_clock.now()) : std::nullopt;
        if (auto changed = m_store.quality().knowledge().setRetired(key, language, at, actor); !changed)
            return changed;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("kb_article"), key,
                                  retired ? QStringLiteral("retire") : QStringLiteral("restore"),
                                  {{QStringLiteral("language"), language}, {QStringLiteral("title"), current->title}});
    });
    if (!st)
        return st.error();
    return find(key, language);
}

Result<KnowledgeArticle> KnowledgeService::find(const QString& code, const QString& language)
{
    return m_store.quality().knowledge().find(code.trimmed().toUpper(), language);
}

Status KnowledgeService::remove(const QString& code, const QString& language)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::KnowledgeEdit); !allowed)
        return allowed;
    const QString key = code.trimmed().toUpper();
    return m_store.write([&] {
        if (auto removed = m_store.quality().knowledge().remove(key, language); !removed)
            return removed;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("kb_article"), key, QStringLiteral("delete"),
                                  {{QStringLiteral("language"), language}});
    });
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
