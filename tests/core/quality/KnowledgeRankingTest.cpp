#include "core/quality/KnowledgeRanking.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
KnowledgeArticle article(const char* code, Category c, const char* title, const char* body, const char* keywords = "")
{
    KnowledgeArticle a;
    a.code = QString::fromLatin1(code);
    a.language = QStringLiteral("zh");
    a.category = c;
    a.title = QString::fromUtf8(title);
    a.cause = QString::fromUtf8(body);
    a.keywords = QString::fromUtf8(keywords);
    return a;
}
} // namespace

TEST(KnowledgeRanking, TitleBeatsBody)
{
    const QList<KnowledgeArticle> candidates{
        article("B", Category::Other, "储存规范", "受潮会加速氧化"),
        article("A", Category::Oxidation, "表面白色氧化膜", "自然氧化"),
    };
    const auto ranked = KnowledgeRanking::rank(candidates, {QStringLiteral("氧化")}, std::nullopt, 10);
    ASSERT_EQ(ranked.size(), 2);
    EXPECT_EQ(ranked[0].article.code, QStringLiteral("A"));
    EXPECT_EQ(ranked[0].matched, QStringList{QStringLiteral("氧化")});
}

TEST(KnowledgeRanking, CategoryAloneSuggests)
{
    const QList<KnowledgeArticle> candidates{article("P", Category::Packaging, "打包带断裂", ""),
                                             article("W", Category::Weight, "短重", "")};
    const auto ranked = KnowledgeRanking::rank(candidates, {}, Category::Packaging, 10);
    ASSERT_EQ(ranked.size(), 1);
    EXPECT_EQ(ranked[0].article.code, QStringLiteral("P"));
}

TEST(KnowledgeRanking, UnmatchedArticlesAreDroppedAndLimitHolds)
{
    const QList<KnowledgeArticle> candidates{article("A", Category::Other, "porosity", ""),
                                             article("B", Category::Other, "porosity and pinholes", "pinholes"),
                                             article("C", Category::Other, "weight", "")};
    const auto ranked =
        KnowledgeRanking::rank(candidates, {QStringLiteral("Porosity"), QStringLiteral("pinholes")}, std::nullopt, 1);
    ASSERT_EQ(ranked.size(), 1);
    EXPECT_EQ(ranked[0].article.code, QStringLiteral("B"));
}
