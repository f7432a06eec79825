// Complaint keywords through the real word breaker (ICU) and the shipped stop words, on a fresh
// database: month edges in Asia/Shanghai, cancelled tickets, shares, the stop-word list.
#include "QualityFixture.h"
#include "app/quality/KeywordService.h"
#include "app/quality/StopWords.h"
#include "app/quality/WordBreaker.h"
#include "core/quality/StopWordList.h"

#include <QFile>

using namespace ingot;
using namespace ingot::test;

namespace {

class KeywordServiceTest : public QualityFixture {
protected:
    QStringList words(const ComplaintKeywords& k)
    {
        QStringList out;
        for (const auto& e : k.top)
            out << e.word;
        return out;
    }
    int countOf(const ComplaintKeywords& k, const QString& word)
    {
        for (const auto& e : k.top)
            if (e.word == word)
                return e.count;
        return 0;
    }
};

TEST_F(KeywordServiceTest, MonthIsTheLocalCalendarMonthInclusiveOfItsLastSecond)
{
    // 2026-09 in Asia/Shanghai is [2026-08-31T16:00Z, 2026-09-30T16:00Z).
    log("C001", Category::Oxidation, *Instant::parse(QStringLiteral("2026-08-31T23:59:59+08:00")),
        QStringLiteral("八月氧化膜"));
    log("C001", Category::Porosity, *Instant::parse(QStringLiteral("2026-09-01T00:00:00+08:00")),
        QStringLiteral("断面气孔"));
    log("C002", Category::Porosity, *Instant::parse(QStringLiteral("2026-09-30T23:59:59+08:00")),
        QStringLiteral("断面气孔"));
    log("C002", Category::Weight, *Instant::parse(QStringLiteral("2026-10-01T00:00:00+08:00")),
        QStringLiteral("十月重量不足"));

    auto bounds = KeywordService::monthBounds(QStringLiteral("2026-09"));
    ASSERT_TRUE(bounds);
    EXPECT_EQ(bounds->first, *Instant::parse(QStringLiteral("2026-08-31T16:00:00Z")));
    EXPECT_EQ(bounds->second, *Instant::parse(QStringLiteral("2026-09-30T15:59:59Z")));

    auto sep = KeywordService(*store).month(QStringLiteral("2026-09"));
    ASSERT_TRUE(sep) << qPrintable(sep.error().text());
    EXPECT_EQ(sep->complaints, 2);
    EXPECT_EQ(countOf(*sep, QStringLiteral("气孔")), 2) << qPrintable(words(*sep).join(u' '));
    EXPECT_EQ(countOf(*sep, QStringLiteral("氧化膜")) + countOf(*sep, QStringLiteral("氧化")), 0);
    EXPECT_EQ(countOf(*sep, QStringLiteral("重量")), 0);

    auto aug = KeywordService(*store).month(QStringLiteral("2026-08"));
    ASSERT_TRUE(aug);
    EXPECT_EQ(aug->complaints, 1);
}

TEST_F(KeywordServiceTest, CancelledTicketsAreNotComplaints)
{
    const qint64 at = *Instant::parse(QStringLiteral("2026-09-05T10:00:00+08:00"));
    log("C001", Category::Packaging, at, QStringLiteral("包装破损"));
    const QString dropped = log("C002", Category::Delivery, at + 60, QStringLiteral("发货延迟"));
    TicketService::ActionInput cancel;
    cancel.number = dropped;
    cancel.action = Action::Cancel;
    cancel.at = at + 120;
    cancel.note = QStringLiteral("logged twice");
    ASSERT_TRUE(TicketService(*store, clock).act(cancel, QStringLiteral("agent")));

    auto k = KeywordService(*store).month(QStringLiteral("2026-09"));
    ASSERT_TRUE(k);
    EXPECT_EQ(k->complaints, 1);
    EXPECT_EQ(countOf(*k, QStringLiteral("发货")) + countOf(*k, QStringLiteral("延迟")), 0);
}

TEST_F(KeywordServiceTest, ChineseAndEnglishTermsWithSharesAndDomainStopWordsLeftOut)
{
    const qint64 at = *Instant::parse(QStringLiteral("2026-09-10T09:00:00+08:00"));
    log("C001", Category::Packaging, at, QStringLiteral("客户反映铅锭包装破损"), "",
        QStringLiteral("请尽快处理,40吨铅锭打包带断裂,批次B2606-01。"));
    log("C002", Category::Packaging, at + 60, QStringLiteral("包装散开"), "", QStringLiteral("打包带断裂。"));
    log("C003", Category::Packaging, at + 120, QStringLiteral("Broken straps on the lead ingots"), "",
        QStringLiteral("Please check the STRAPS of batch B2606-02."));
    log("C003", Category::Oxidation, at + 180, QStringLiteral("表面氧化发白"));

    auto k = KeywordService(*store).month(QStringLiteral("2026-09"), 20);
    ASSERT_TRUE(k);
    EXPECT_EQ(k->complaints, 4);
    const QStringList w = words(*k);
    ASSERT_FALSE(w.isEmpty());
    EXPECT_EQ(w.first(), QStringLiteral("包装")) << qPrintable(w.join(u' '));
    EXPECT_EQ(countOf(*k, QStringLiteral("包装")), 2);
    EXPECT_DOUBLE_EQ(k->top.first().share, 0.5);
    EXPECT_EQ(countOf(*k, QStringLiteral("打包带")) + countOf(*k, QStringLiteral("打包")), 2)
        << qPrintable(w.join(u' '));
    EXPECT_EQ(countOf(*k, QStringLiteral("straps")), 1); // once per complaint, lower-cased
    for (const char* stop : {"铅锭", "客户", "反映", "请", "处理", "尽快", "the", "lead", "ingots", "please", "batch",
                             "40", "b2606", "b2606-01", "。", ","})
        EXPECT_FALSE(w.contains(QString::fromUtf8(stop))) << stop;
    for (const QString& word : w)
        EXPECT_GE(word.size(), 2) << qPrintable(word);
}

TEST_F(KeywordServiceTest, TiesAreOrderedTheSameWayEveryTime)
{
    const qint64 at = *Instant::parse(QStringLiteral("2026-09-12T09:00:00+08:00"));
    log("C001", Category::Other, at, QStringLiteral("硬度 氧化"));
    log("C002", Category::Other, at + 60, QStringLiteral("氧化 硬度"));
    auto a = KeywordService(*store).month(QStringLiteral("2026-09"));
    auto b = KeywordService(*store).month(QStringLiteral("2026-09"));
    ASSERT_TRUE(a);
    ASSERT_TRUE(b);
    EXPECT_EQ(*a, *b);
    ASSERT_GE(a->top.size(), 2);
    EXPECT_EQ(a->top[0].count, a->top[1].count);
    EXPECT_LT(a->top[0].word, a->top[1].word);
}

TEST_F(KeywordServiceTest, ThreadsCountTheSameAsOne)
{
    QStringList texts;
    const QStringList samples{QStringLiteral("铅锭包装破损\n打包带断裂"), QStringLiteral("表面发白氧化\n白色薄膜"),
                              QStringLiteral("切开后发现内部气孔\n断面可见气孔"), QStringLiteral("Short weight\nscale")};
    for (int i = 0; i < 9000; ++i)
        texts << samples[i % samples.size()] + QString::number(i % 17);
    const KeywordCounter one = KeywordService::count(texts, StopWords::shipped(), 1);
    const KeywordCounter three = KeywordService::count(texts, StopWords::shipped(), 3);
    EXPECT_EQ(one.complaints(), 9000);
    EXPECT_EQ(three.complaints(), 9000);
    EXPECT_EQ(one.top(-1), three.top(-1));
}

TEST_F(KeywordServiceTest, SiteStopWordsAddToTheShippedList)
{
    const qint64 at = *Instant::parse(QStringLiteral("2026-09-15T09:00:00+08:00"));
    log("C001", Category::Oxidation, at, QStringLiteral("表面氧化发白"));
    ASSERT_TRUE(store->write([&] { return store->quality().facts().addStopWord(QStringLiteral("氧化")); }));
    auto k = KeywordService(*store).month(QStringLiteral("2026-09"));
    ASSERT_TRUE(k);
    EXPECT_EQ(countOf(*k, QStringLiteral("氧化")), 0);
    auto all = StopWords::load(*store);
    ASSERT_TRUE(all);
    EXPECT_TRUE(all->contains(QStringLiteral("氧化")));
    EXPECT_TRUE(all->contains(QStringLiteral("铅锭"))); // shipped
}

TEST(StopWords, ShippedListIsTheResourceFileAndCoversTheDomainWords)
{
    QFile file(QStringLiteral(INGOTDESK_TEST_DATA "/../../resources/quality/stop-words.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QSet<QString>& shipped = StopWords::shipped();
    EXPECT_EQ(shipped, StopWordList::parse(QString::fromUtf8(file.readAll())));
    for (const char* w : {"铅锭", "客户", "反映", "问题", "要求", "the", "please", "customer", "lead", "ingot"})
        EXPECT_TRUE(shipped.contains(QString::fromUtf8(w))) << w;
    // Topic words must never be stop words.
    for (const char* w : {"包装", "氧化", "气孔", "硬度", "打包带", "重量", "straps", "oxidation"})
        EXPECT_FALSE(shipped.contains(QString::fromUtf8(w))) << w;
}

TEST(WordBreaker, ChineseTextIsBrokenIntoDictionaryWords)
{
    const QStringList w = WordBreaker::words(QStringLiteral("铅锭包装破损,打包带断裂。Straps broken"));
    EXPECT_TRUE(w.contains(QStringLiteral("包装"))) << qPrintable(w.join(u'|'));
    EXPECT_TRUE(w.contains(QStringLiteral("Straps")));
    EXPECT_FALSE(w.contains(QStringLiteral(",")));
    EXPECT_FALSE(w.contains(QStringLiteral("。")));
}

} // namespace
