#include "gui/queue/QueuePageCache.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
QueuePageCache::Page pageOf(const QString& number, quint64 generation = 1)
{
    QueueRow row;
    row.number = number;
    return {{row}, generation};
}
}  // namespace

TEST(QueuePageCache, EvictsTheLeastRecentlyUsedPage)
{
    QueuePageCache cache(2);
    cache.insert(0, pageOf(QStringLiteral("a")));
    cache.insert(1, pageOf(QStringLiteral("b")));
    ASSERT_NE(cache.find(0), nullptr);  // page 0 is now the most recent
    cache.insert(2, pageOf(QStringLiteral("c")));

    EXPECT_EQ(cache.size(), 2);
    EXPECT_NE(cache.find(0), nullptr);
    EXPECT_EQ(cache.find(1), nullptr);
    ASSERT_NE(cache.find(2), nullptr);
    EXPECT_EQ(cache.find(2)->rows.first().number, QStringLiteral("c"));
}

TEST(QueuePageCache, ReplacingAPageKeepsOneCopyWithTheNewGeneration)
{
    QueuePageCache cache(4);
    cache.insert(3, pageOf(QStringLiteral("old"), 1));
    cache.insert(3, pageOf(QStringLiteral("new"), 2));
    EXPECT_EQ(cache.size(), 1);
    EXPECT_EQ(cache.find(3)->generation, 2u);
    EXPECT_EQ(cache.find(3)->rows.first().number, QStringLiteral("new"));
    cache.clear();
    EXPECT_EQ(cache.size(), 0);
    EXPECT_EQ(cache.find(3), nullptr);
}
