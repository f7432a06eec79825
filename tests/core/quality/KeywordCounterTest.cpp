#include "core/quality/KeywordCounter.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(KeywordCounter, CountsComplaintsNotRepetitions)
{
    const QList<QStringList> complaints{
        {"包装", "破损", "包装", "打包带"},
        {"包装", "标签"},
        {"硬度", "偏高"},
        {"打包带", "断裂"},
    };
    const auto top = KeywordCounter::top(complaints, {}, 3);
    ASSERT_EQ(top.size(), 3);
    EXPECT_EQ(top[0].word, QStringLiteral("包装"));
    EXPECT_EQ(top[0].count, 2);
    EXPECT_EQ(top[1].word, QStringLiteral("打包带"));
    EXPECT_EQ(top[1].count, 2);
    EXPECT_EQ(top[2].count, 1);
}

TEST(KeywordCounter, DropsStopWordsShortWordsAndNumbers)
{
    const QList<QStringList> complaints{{"客户", "反映", "包装", "的", "0.5", "2606-01", "Pb99.994", "。", "Straps"},
                                        {"客户", "straps"}};
    const auto top = KeywordCounter::top(complaints, {QStringLiteral("客户"), QStringLiteral("反映")}, 10);
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top[0].word, QStringLiteral("straps")); // lower-cased: both complaints
    EXPECT_EQ(top[0].count, 2);
    EXPECT_EQ(top[1].word, QStringLiteral("包装"));
}

TEST(KeywordCounter, TiesGoByWord)
{
    const auto top = KeywordCounter::top({{"b词", "a词"}}, {}, 10);
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top[0].word, QStringLiteral("a词"));
}

TEST(KeywordCounter, SharesAreOfAllComplaintsCountedIncludingThoseWithoutTerms)
{
    KeywordCounter counter;
    counter.add({"包装", "破损"});
    counter.add({"包装"});
    counter.add({"的", "。"}); // counted as a complaint, contributes no term
    counter.add({"氧化"});
    EXPECT_EQ(counter.complaints(), 4);
    const auto top = counter.top(10);
    ASSERT_EQ(top.size(), 3);
    EXPECT_EQ(top[0], (KeywordCounter::Entry{QStringLiteral("包装"), 2, 0.5}));
    EXPECT_DOUBLE_EQ(top[1].share, 0.25);
}

TEST(KeywordCounter, TiesAreOrderedByCodeUnitsWhateverTheInsertionOrder)
{
    // Equal counts: Latin before Han (code units), then by code unit; the same for any input order.
    const QList<QStringList> forward{{"氧化", "包装", "straps", "气孔"}};
    const QList<QStringList> backward{{"气孔", "straps", "包装", "氧化"}};
    const auto a = KeywordCounter::top(forward, {}, 10);
    const auto b = KeywordCounter::top(backward, {}, 10);
    EXPECT_EQ(a, b);
    ASSERT_EQ(a.size(), 4);
    EXPECT_EQ(a[0].word, QStringLiteral("straps"));
    EXPECT_EQ(a[1].word, QStringLiteral("包装")); // U+5305
    EXPECT_EQ(a[2].word, QStringLiteral("气孔")); // U+6C14
    EXPECT_EQ(a[3].word, QStringLiteral("氧化")); // U+6C27
}

TEST(KeywordCounter, LimitKeepsTheSameOrderAsAFullSort)
{
    KeywordCounter counter;
    for (int i = 0; i < 30; ++i) {
        QStringList words;
        for (int w = 0; w <= i % 7; ++w)
            words << QStringLiteral("词%1").arg(QChar(u'甲' + w));
        counter.add(words);
    }
    const auto all = counter.top(-1);
    const auto three = counter.top(3);
    ASSERT_EQ(three.size(), 3);
    EXPECT_EQ(three, all.mid(0, 3));
    EXPECT_EQ(counter.top(0).size(), 0);
}

TEST(KeywordCounter, MergedHalvesEqualOneCounter)
{
    const QList<QStringList> complaints{{"包装", "打包带"}, {"包装"}, {"硬度"}, {"打包带", "Straps"}, {"straps"}};
    KeywordCounter whole;
    KeywordCounter first;
    KeywordCounter second;
    for (qsizetype i = 0; i < complaints.size(); ++i) {
        whole.add(complaints[i]);
        (i % 2 == 0 ? first : second).add(complaints[i]);
    }
    first.merge(second);
    EXPECT_EQ(first.complaints(), whole.complaints());
    EXPECT_EQ(first.top(-1), whole.top(-1));
}

TEST(KeywordCounter, NumbersCodesAndPunctuationAreNotTerms)
{
    for (const char* word : {"2606", "２０２６", "B2606-01", "Pb99.994", "40吨", "——", "。", "%", "3.5"})
        EXPECT_FALSE(KeywordCounter::isCandidate(QString::fromUtf8(word), 2)) << word;
    for (const char* word : {"包装", "Sb", "straps", "打包带"})
        EXPECT_TRUE(KeywordCounter::isCandidate(QString::fromUtf8(word), 2)) << word;
    EXPECT_FALSE(KeywordCounter::isCandidate(QStringLiteral("白"), 2)); // single characters say too little
}
