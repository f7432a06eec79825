#include "core/quality/KnowledgeRanking.h"

#include <algorithm>
#include <cmath>

namespace ingot {

namespace {
constexpr double kTitleWeight = 4.0;
constexpr double kKeywordWeight = 3.0;
constexpr double kBodyWeight = 1.0;
constexpr double kCategoryBonus = 2.5;

// Two Chinese characters already make a word (气孔, 氧化); Latin terms need more letters to mean
// as much, so weight by the information in the term rather than by its raw length.
double termWeight(const QString& term)
{
    int cjk = 0;
    for (QChar c : term)
        if (c.unicode() >= 0x3400)
            ++cjk;
    const double units = cjk * 1.5 + (term.size() - cjk) * 0.4;
    return std::min(units, 6.0);
}
} // namespace

double KnowledgeRanking::score(const KnowledgeArticle& a, const QStringList& terms, std::optional<Category> category,
                               QStringList* matched)
{
    double total = 0;
    const QString body =
        a.cause + QLatin1Char('\n') + a.check + QLatin1Char('\n') + a.action + QLatin1Char('\n') + a.customerReply;
    for (const QString& raw : terms) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        double fields = 0;
        if (a.title.contains(term, Qt::CaseInsensitive))
            fields += kTitleWeight;
        if (a.keywords.contains(term, Qt::CaseInsensitive))
            fields += kKeywordWeight;
        if (body.contains(term, Qt::CaseInsensitive))
            fields += kBodyWeight;
        if (fields > 0) {
            total += fields * termWeight(term);
            if (matched && !matched->contains(term, Qt::CaseInsensitive))
                *matched << term;
        }
    }
    if (category && a.category == *category)
        total += kCategoryBonus;
    if (total > 0)
        total += std::log1p(std::max(0, a.solvedCount)) * 0.1;
    return total;
}

QList<KnowledgeRanking::Scored> KnowledgeRanking::rank(const QList<KnowledgeArticle>& candidates,
                                                       const QStringList& terms, std::optional<Category> category,
                                                       int limit)
{
    QList<Scored> out;
    for (const KnowledgeArticle& a : candidates) {
        Scored s{a, 0, {}};
        s.score = score(a, terms, category, &s.matched);
        if (s.score > 0)
            out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const Scored& x, const Scored& y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.article.code < y.article.code;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace ingot
