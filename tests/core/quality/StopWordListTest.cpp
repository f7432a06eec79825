#include "core/quality/StopWordList.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(StopWordList, OneWordPerLineWithCommentsAndBlankLines)
{
    const QSet<QString> words = StopWordList::parse(QStringLiteral("# comment\n\n铅锭\n  客户  \nThe # trailing comment\r\n"
                                                                   "please\n#\n"));
    EXPECT_EQ(words, (QSet<QString>{QStringLiteral("铅锭"), QStringLiteral("客户"), QStringLiteral("the"),
                                    QStringLiteral("please")}));
}

TEST(StopWordList, EmptyTextIsNoWords)
{
    EXPECT_TRUE(StopWordList::parse(QString()).isEmpty());
    EXPECT_TRUE(StopWordList::parse(QStringLiteral("# only a comment")).isEmpty());
}
