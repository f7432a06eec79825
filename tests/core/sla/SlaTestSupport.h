#pragma once

#include "core/common/Instant.h"

#include <QString>
#include <gtest/gtest.h>

namespace ingot::test {

// "2026-10-09 17:00" (local, Asia/Shanghai) as epoch seconds; the tests read like the spec.
inline qint64 at(const char* local)
{
    auto parsed = Instant::parse(QString::fromLatin1(local));
    EXPECT_TRUE(parsed.ok()) << local;
    return parsed.ok() ? *parsed : 0;
}

inline std::string show(qint64 instant)
{
    return Instant::format(instant).toStdString();
}

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;

} // namespace ingot::test
