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

// Found by fuzzing (tests/fuzz/fuzz_instant): these were accepted, but format() wrote them back as
// text that parse() read as another instant (local mean time before 1901 has an offset in seconds)
// or as nothing at all (beyond year 9999), so an export of such a ticket did not import again.
TEST(Instant, RefusesInstantsItCannotWriteBack)
{
    for (const char* bad : {"1900-01-01", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00",
                            "9999-12-31T23:59:59-14:00", "3000-01-01T00:00:00Z", "2026-10-09T10:00+08:99"}) {
        auto r = Instant::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput) << bad;
        EXPECT_TRUE(r.error().message.contains(QString::fromLatin1(bad))) << bad;
    }
    for (const char* good : {"1970-01-01T00:00:00Z", "1988-04-10 02:30", "2999-12-31T23:59:59Z", "2026-10-09T10:00+05:45"}) {
        auto r = Instant::parse(QString::fromLatin1(good));
        ASSERT_TRUE(r.ok()) << good;
        EXPECT_EQ(*Instant::parse(Instant::format(*r)), *r) << good;
    }
}

TEST(Instant, ParsesCalendarDatesAndNamesWhatIsNotOne)
{
    auto date = Instant::parseDate(QStringLiteral("2026-10-01"));
    ASSERT_TRUE(date.ok());
    EXPECT_EQ(*date, QDate(2026, 10, 1));
    for (const char* bad : {"2026-02-30", "2026/10/01", "10-01", "", "2026-10-01T08:00"}) {
        auto r = Instant::parseDate(QLatin1String(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput) << bad;
        EXPECT_TRUE(r.error().message.contains(QLatin1String(bad))) << bad;
        EXPECT_TRUE(r.error().message.contains(QLatin1String("2026-10-01"))) << bad;
    }
}
