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
