#include "app/quality/KnowledgeService.h"

#include "QualityFixture.h"
#include "app/quality/SearchTerms.h"
#include "app/quality/WordBreaker.h"

#include <QElapsedTimer>
#include <cstdio>

using namespace ingot;
using namespace ingot::test;

namespace {
QStringList codes(const QList<KnowledgeRanking::Scored>& hits)
{
    QStringList out;
    for (const auto& h : hits)
        out << h.article.code + QLatin1Char('/') + h.article.language;
    return out;
}

class KnowledgeServiceTest : public QualityFixture {};
} // namespace

TEST_F(KnowledgeServiceTest, StarterArticlesAreShippedInBothLanguages)
{
    auto zh = store->quality().knowledge().all(QStringLiteral("zh"));
    auto en = store->quality().knowledge().all(QStringLiteral("en"));
    ASSERT_TRUE(zh && en);
    EXPECT_GE(zh->size(), 9);
    EXPECT_EQ(zh->size(), en->size());
    QSet<Category> categories;
    for (const auto& a : *zh)
        categories.insert(a.category);
    for (Category c : {Category::Porosity, Category::Oxidation, Category::Deformation, Category::Composition,
                       Category::Packaging, Category::Weight, Category::Delivery})
        EXPECT_TRUE(categories.contains(c)) << qPrintable(categoryKey(c));
}

TEST_F(KnowledgeServiceTest, ChineseTrigramQuery)
{
    KnowledgeService kb(*store, clock);
    auto hits = kb.search(QStringLiteral("氧化膜"), QStringLiteral("zh"), 5);
    ASSERT_TRUE(hits) << qPrintable(hits.error().text());
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-OXI-01"));
}

TEST_F(KnowledgeServiceTest, ChineseTwoCharacterQueryUsesBigrams)
{
    KnowledgeService kb(*store, clock);
    for (const auto& [query, code] : {std::pair{"气孔", "KB-POR-01"}, std::pair{"包装", "KB-PKG-01"},
                                      std::pair{"硬度", "KB-HRD-01"}, std::pair{"短重", "KB-WGT-01"}}) {
        auto hits = kb.search(QString::fromUtf8(query), QStringLiteral("zh"), 5);
        ASSERT_TRUE(hits) << query;
        ASSERT_FALSE(hits->isEmpty()) << query;
        EXPECT_EQ(hits->first().article.code, QString::fromLatin1(code)) << query;
    }
}

TEST_F(KnowledgeServiceTest, EnglishQueries)
{
    KnowledgeService kb(*store, clock);
    auto hits = kb.search(QStringLiteral("broken straps"), QStringLiteral("en"), 5);
    ASSERT_TRUE(hits);
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-PKG-01"));

    hits = kb.search(QStringLiteral("OXIDATION film"), QStringLiteral("en"), 5); // trigram index ignores case
    ASSERT_TRUE(hits);
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-OXI-01"));

    hits = kb.search(QStringLiteral("Sb"), QStringLiteral("en"), 5); // two letters: the bigram path
    ASSERT_TRUE(hits);
    EXPECT_TRUE(codes(*hits).contains(QStringLiteral("KB-CMP-01/en")));
}

TEST_F(KnowledgeServiceTest, NoLanguageSearchesBoth)
{
    KnowledgeService kb(*store, clock);
    auto hits = kb.search(QStringLiteral("GB/T 469"), QString(), 10);
    ASSERT_TRUE(hits);
    EXPECT_TRUE(codes(*hits).contains(QStringLiteral("KB-OXI-01/zh")));
    EXPECT_TRUE(codes(*hits).contains(QStringLiteral("KB-OXI-01/en")));
}

TEST_F(KnowledgeServiceTest, QuotesAndOperatorsAreText)
{
    KnowledgeService kb(*store, clock);
    for (const char* q : {"\"", "AND OR NOT", "a\"b*", "NEAR(", "%_\\"})
        EXPECT_TRUE(kb.search(QString::fromUtf8(q), QString(), 5).ok()) << q;
}

TEST_F(KnowledgeServiceTest, SuggestsWhileATicketIsTyped)
{
    KnowledgeService kb(*store, clock);
    auto hits = kb.suggest(QStringLiteral("到货后表面有黄白色氧化膜"), QStringLiteral("客户担心质量问题,要求退货。"),
                           std::nullopt, QStringLiteral("zh"), 3);
    ASSERT_TRUE(hits) << qPrintable(hits.error().text());
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-OXI-01"));

    hits = kb.suggest(QStringLiteral("打包带断裂散捆"), QString(), Category::Packaging, QStringLiteral("zh"), 3);
    ASSERT_TRUE(hits);
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-PKG-01"));

    // Nothing typed yet, but the category is chosen.
    hits = kb.suggest(QString(), QString(), Category::Weight, QStringLiteral("en"), 3);
    ASSERT_TRUE(hits);
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-WGT-01"));

    hits = kb.suggest(QString(), QString(), std::nullopt, QStringLiteral("zh"), 3);
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->isEmpty());
}

TEST_F(KnowledgeServiceTest, WordBreakerSplitsChinese)
{
    const QStringList words = WordBreaker::words(QStringLiteral("多捆铅锭打包带断裂,标签脱落。Broken straps!"));
    EXPECT_TRUE(words.contains(QStringLiteral("标签"))) << qPrintable(words.join(QLatin1Char('|')));
    EXPECT_TRUE(words.contains(QStringLiteral("Broken")));
    EXPECT_FALSE(words.contains(QStringLiteral(",")));
    const QStringList terms = SearchTerms::forTicket(QStringLiteral("客户反映铅锭包装破损"), {QStringLiteral("客户")});
    EXPECT_FALSE(terms.contains(QStringLiteral("客户")));
    EXPECT_TRUE(terms.contains(QStringLiteral("包装"))) << qPrintable(terms.join(QLatin1Char('|')));
}

TEST_F(KnowledgeServiceTest, EditedArticleIsFoundByItsNewText)
{
    KnowledgeService kb(*store, clock);
    KnowledgeArticle a;
    a.code = QStringLiteral("kb-tst-01");
    a.language = QStringLiteral("zh");
    a.category = Category::Other;
    a.title = QStringLiteral("发票抬头错误");
    a.action = QStringLiteral("财务重开发票");
    auto saved = kb.save(a, QStringLiteral("admin"));
    ASSERT_TRUE(saved) << qPrintable(saved.error().text());
    EXPECT_EQ(saved->code, QStringLiteral("KB-TST-01"));
    ASSERT_FALSE(kb.search(QStringLiteral("发票"), QStringLiteral("zh"), 5)->isEmpty());

    a = *saved;
    a.title = QStringLiteral("质保书未随货");
    ASSERT_TRUE(kb.save(a, QStringLiteral("admin")));
    auto hits = kb.search(QStringLiteral("质保书未随货"), QStringLiteral("zh"), 5);
    ASSERT_TRUE(hits);
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().article.code, QStringLiteral("KB-TST-01"));
    EXPECT_FALSE(codes(*kb.search(QStringLiteral("发票抬头"), QStringLiteral("zh"), 5))
                     .contains(QStringLiteral("KB-TST-01/zh")));

    ASSERT_TRUE(kb.remove(QStringLiteral("KB-TST-01"), QStringLiteral("zh")));
    EXPECT_TRUE(kb.search(QStringLiteral("质保书未随货"), QStringLiteral("zh"), 5)->isEmpty());
    EXPECT_FALSE(kb.remove(QStringLiteral("KB-TST-01"), QStringLiteral("zh")));
}

TEST_F(KnowledgeServiceTest, BadArticleIsRefused)
{
    KnowledgeService kb(*store, clock);
    KnowledgeArticle a;
    a.code = QStringLiteral("x");
    a.language = QStringLiteral("zh");
    a.title = QStringLiteral("t");
    EXPECT_EQ(kb.save(a, QStringLiteral("admin")).error().where, QStringLiteral("code"));
    a.code = QStringLiteral("KB-X");
    a.language = QStringLiteral("fr");
    EXPECT_EQ(kb.save(a, QStringLiteral("admin")).error().where, QStringLiteral("language"));
}

TEST_F(KnowledgeServiceTest, SolvedByArticleIsRecordedOnce)
{
    const QString t = log("C001", Category::Oxidation, kNow - kDay, QStringLiteral("表面发白"));
    KnowledgeService kb(*store, clock);
    ASSERT_TRUE(kb.recordSolved(t, QStringLiteral("kb-oxi-01"), QStringLiteral("agent")));
    ASSERT_TRUE(kb.recordSolved(t, QStringLiteral("KB-OXI-01"), QStringLiteral("agent")));
    EXPECT_EQ(*store->quality().knowledge().solvedBy(t), QStringList{QStringLiteral("KB-OXI-01")});
    EXPECT_EQ(kb.find(QStringLiteral("KB-OXI-01"), QStringLiteral("zh"))->solvedCount, 1);
    EXPECT_FALSE(kb.recordSolved(t, QStringLiteral("KB-NONE"), QStringLiteral("agent")));
    EXPECT_FALSE(kb.recordSolved(QStringLiteral("T1999-000001"), QStringLiteral("KB-OXI-01"), QStringLiteral("agent")));
}

TEST_F(KnowledgeServiceTest, SearchLatency)
{
    // Measured, not a benchmark: a typed ticket must get its suggestions well inside the debounce.
    KnowledgeService kb(*store, clock);
    const QStringList queries{QStringLiteral("氧化膜"), QStringLiteral("气孔"), QStringLiteral("broken straps"),
                              QStringLiteral("包装破损")};
    constexpr int kRounds = 250;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i)
        for (const QString& q : queries)
            ASSERT_TRUE(kb.search(q, QString(), 5));
    const double searchMs = double(timer.nsecsElapsed()) / 1e6 / (kRounds * queries.size());
    timer.restart();
    for (int i = 0; i < kRounds; ++i)
        ASSERT_TRUE(kb.suggest(QStringLiteral("到货后表面有黄白色氧化膜"),
                               QStringLiteral("客户担心质量问题,要求退货。"), Category::Oxidation, QStringLiteral("zh"),
                               5));
    const double suggestMs = double(timer.nsecsElapsed()) / 1e6 / kRounds;
    std::printf("[ measured ] kb search %.3f ms/query, suggest %.3f ms/ticket text\n", searchMs, suggestMs);
    EXPECT_LT(searchMs, 50.0);
    EXPECT_LT(suggestMs, 50.0);
}

// Found by fuzzing (tests/fuzz/fuzz_search): a NUL in the query broke the FTS5 MATCH string.
TEST_F(KnowledgeServiceTest, ANulInTheQueryIsNotADatabaseError)
{
    KnowledgeService kb(*store, clock);
    auto hits = kb.search(QStringLiteral("氧化膜") + QChar(u'\0') + QStringLiteral("气孔"), QStringLiteral("zh"), 5);
    ASSERT_TRUE(hits) << qPrintable(hits.error().text());
    auto suggested = kb.suggest(QStringLiteral("气") + QChar(u'\0'), QString(QChar(u'\0')), std::nullopt,
                                QStringLiteral("zh"), 5);
    ASSERT_TRUE(suggested) << qPrintable(suggested.error().text());
}
