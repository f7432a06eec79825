#include "core/common/Instant.h"

#include <gtest/gtest.h>

using namespace ingot;

TEST(Instant, ParsesOffsetsUtcAndLocal)
{
    const qint64 expected = 1'791'536'400;  // 2026-10-09T09:00:00Z
    EXPECT_EQ(*Instant::parse(QStringLiteral("2026-10-09T17:00:00+08:00")), expected);
    EXPECT_EQ(*Instant::parse(QStringLiteral("2026-10-09T09:00:00Z")), expected);
    EXPECT_EQ(*Instant::parse(QStringLiteral("2026-10-09T17:00:00")), expected);  // local = +08:00
    EXPECT_EQ(*Instant::parse(QStringLiteral("2026-10-09 17:00")), expected);
    EXPECT_EQ(*Instant::parse(QStringLiteral("2026-10-09T04:00:00-05:00")), expected);
    EXPECT_EQ(*Instant::parse(QStringLiteral("2026-10-09")), expected - 17 * 3600);
}

TEST(Instant, FormatsWithTheLocalOffset)
{
    EXPECT_EQ(Instant::format(1'791'536'400), QStringLiteral("2026-10-09T17:00:00+08:00"));
}

TEST(Instant, RejectsNonsenseWithTheText)
{
    for (const char* bad : {"", "yesterday", "2026-13-01", "2026-02-30T10:00", "2026-10-09T25:00", "2026-10-09T10:00+15:00"}) {
        auto r = Instant::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_TRUE(r.error().message.contains(QString::fromLatin1(bad))) << bad;
    }
}
