// CalendarMath against a brute-force reference on random calendars: random intervals per weekday
// (second resolution, possibly overlapping), random holiday and workday dates, random UTC offsets.
// The reference knows nothing of weeks or prefix sums: it marks every second of each weekday in a
// table and walks day by day (or second by second for short spans).
#include "core/sla/CalendarMath.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <vector>

using namespace ingot;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kJulianDayOfEpoch = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

struct Reference {
    // served seconds before second s of a weekday (Monday = 0): prefix[w][s], s in 0..86400
    std::vector<std::vector<int>> prefix;
    std::map<qint64, DayKind> exceptions; // by local day number
    bool observe = false;
    int offset = 0;

    const std::vector<int>& dayTable(qint64 day) const
    {
        if (observe) {
            const auto it = exceptions.find(day);
            if (it != exceptions.end())
                return it->second == DayKind::Holiday ? prefix[7] : prefix[0];
        }
        const int weekday = QDate::fromJulianDay(day + kJulianDayOfEpoch).dayOfWeek() - 1;
        return prefix[static_cast<std::size_t>(weekday)];
    }

    bool served(qint64 t) const
    {
        const qint64 local = t + offset;
        const qint64 day = floorDiv(local, kDay);
        const auto s = static_cast<std::size_t>(local - day * kDay);
        const auto& p = dayTable(day);
        return p[s + 1] > p[s];
    }

    qint64 elapsed(qint64 a, qint64 b) const
    {
        qint64 total = 0;
        for (qint64 day = floorDiv(a + offset, kDay); day * kDay - offset < b; ++day) {
            const qint64 dayStart = day * kDay - offset;
            const qint64 from = std::max<qint64>(a - dayStart, 0);
            const qint64 to = std::min<qint64>(b - dayStart, kDay);
            if (to > from) {
                const auto& p = dayTable(day);
                total += p[static_cast<std::size_t>(to)] - p[static_cast<std::size_t>(from)];
            }
        }
        return total;
    }

    qint64 due(qint64 start, qint64 amount) const
    {
        if (amount <= 0)
            return start;
        qint64 day = floorDiv(start + offset, kDay);
        qint64 from = start + offset - day * kDay;
        for (;; ++day, from = 0) {
            const auto& p = dayTable(day);
            const int base = p[static_cast<std::size_t>(from)];
            if (p[kDay] - base >= amount) {
                // the first second s with p[s] - base == amount
                const auto it = std::lower_bound(p.begin() + from, p.end(), base + amount);
                return day * kDay - offset + (it - p.begin());
            }
            amount -= p[kDay] - base;
        }
    }
};

struct RandomCalendar {
    ServiceCalendar calendar;
    Reference reference;
};

RandomCalendar makeRandomCalendar(std::mt19937_64& rng, qint64 aroundDay)
{
    auto pick = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    RandomCalendar out;
    Reference& ref = out.reference;
    WeeklySchedule week;
    bool any = false;
    while (!any) {
        for (auto& day : week) {
            day.clear();
            const qint64 n = pick(0, 3);
            for (qint64 i = 0; i < n; ++i) {
                // Mostly minute-aligned like real schedules, sometimes at odd seconds.
                const bool odd = pick(0, 3) == 0;
                qint64 a = odd ? pick(0, kDay - 1) : pick(0, 1439) * 60;
                qint64 b = odd ? pick(a + 1, kDay) : std::min<qint64>(a + pick(1, 600) * 60, kDay);
                day << ServiceInterval{static_cast<int>(a), static_cast<int>(b)};
                any = true;
            }
        }
    }
    ref.prefix.assign(8, std::vector<int>(kDay + 1, 0)); // [7] = a closed day
    for (std::size_t w = 0; w < 7; ++w) {
        std::vector<char> served(kDay, 0);
        for (const ServiceInterval& i : week[w])
            std::fill(served.begin() + i.start, served.begin() + i.end, 1);
        for (qint64 s = 0; s < kDay; ++s)
            ref.prefix[w][static_cast<std::size_t>(s + 1)] =
                ref.prefix[w][static_cast<std::size_t>(s)] + served[static_cast<std::size_t>(s)];
    }
    QList<CalendarException> exceptions;
    const qint64 count = pick(0, 25);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 day = aroundDay + pick(-40, 80);
        if (ref.exceptions.count(day))
            continue;
        const DayKind kind = pick(0, 2) == 0 ? DayKind::Workday : DayKind::Holiday;
        ref.exceptions[day] = kind;
        exceptions << CalendarException{QDate::fromJulianDay(day + kJulianDayOfEpoch), kind, {}};
    }
    ref.observe = pick(0, 4) != 0;
    static const int kOffsets[] = {8 * 3600, 0, -5 * 3600, 5 * 3600 + 45 * 60, 14 * 3600, -12 * 3600};
    ref.offset = kOffsets[pick(0, 5)];
    auto cal = ServiceCalendar::create(QStringLiteral("random"), week, ref.observe, exceptions, ref.offset);
    EXPECT_TRUE(cal.ok());
    out.calendar = cal.ok() ? *cal : ServiceCalendar();
    return out;
}

// Starts are sometimes exactly on a boundary of the day's schedule, where off-by-one errors live.
qint64 randomInstant(std::mt19937_64& rng, const RandomCalendar& rc, qint64 aroundDay)
{
    auto pick = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    const qint64 day = aroundDay + pick(-30, 60);
    const qint64 dayStart = day * kDay - rc.reference.offset;
    if (pick(0, 2) == 0) {
        const auto& hours = rc.calendar.week()[static_cast<std::size_t>(pick(0, 6))];
        if (!hours.isEmpty()) {
            const ServiceInterval& i = hours[static_cast<int>(pick(0, hours.size() - 1))];
            return dayStart + (pick(0, 1) == 0 ? i.start : i.end) + pick(-1, 1);
        }
    }
    return dayStart + pick(0, kDay - 1);
}
} // namespace

TEST(CalendarProperty, AgreesWithBruteForceOnRandomCalendars)
{
    std::mt19937_64 rng(20261001);
    const qint64 aroundDay = ServiceCalendar::dayOfDate(QDate(2026, 10, 1));
    int checked = 0;
    for (int c = 0; c < 250; ++c) {
        const RandomCalendar rc = makeRandomCalendar(rng, aroundDay);
        const qint64 week = rc.calendar.weeklyServiceSeconds();
        for (int i = 0; i < 40; ++i) {
            const qint64 start = randomInstant(rng, rc, aroundDay);
            std::vector<qint64> amounts;
            for (int k = 0; k < 4; ++k)
                amounts.push_back(std::uniform_int_distribution<qint64>(0, 4 * week)(rng));
            amounts.push_back(0);
            amounts.push_back(1);
            std::sort(amounts.begin(), amounts.end());
            qint64 previousDue = start;
            for (qint64 m : amounts) {
                const qint64 due = CalendarMath::dueAfterSeconds(rc.calendar, start, m);
                ASSERT_EQ(due, rc.reference.due(start, m)) << "calendar " << c << " start " << start << " m " << m;
                ASSERT_EQ(CalendarMath::elapsed(rc.calendar, start, due), m);
                ASSERT_GE(due, previousDue) << "due must be monotone in the amount";
                if (m > 0) {
                    // Earliest: one second less is not enough, so due ends a served second.
                    ASSERT_EQ(CalendarMath::elapsed(rc.calendar, start, due - 1), m - 1);
                    ASSERT_TRUE(rc.reference.served(due - 1));
                }
                previousDue = due;
                ++checked;
            }
            const qint64 end = randomInstant(rng, rc, aroundDay);
            ASSERT_EQ(CalendarMath::elapsed(rc.calendar, start, end),
                      end > start ? rc.reference.elapsed(start, end) : 0);
            // Minutes convenience: the same as seconds × 60.
            const qint64 minutes = std::uniform_int_distribution<qint64>(0, 3000)(rng);
            ASSERT_EQ(CalendarMath::dueAfterMinutes(rc.calendar, start, minutes),
                      rc.reference.due(start, minutes * 60));
        }
    }
    EXPECT_GT(checked, 50000);
}

TEST(CalendarProperty, ElapsedAgreesWithSecondBySecondCount)
{
    std::mt19937_64 rng(8530);
    const qint64 aroundDay = ServiceCalendar::dayOfDate(QDate(2026, 1, 1));
    for (int c = 0; c < 60; ++c) {
        const RandomCalendar rc = makeRandomCalendar(rng, aroundDay);
        for (int i = 0; i < 4; ++i) {
            const qint64 a = randomInstant(rng, rc, aroundDay);
            const qint64 b = a + std::uniform_int_distribution<qint64>(0, 2 * kDay)(rng);
            qint64 count = 0;
            for (qint64 t = a; t < b; ++t)
                count += rc.reference.served(t) ? 1 : 0;
            ASSERT_EQ(CalendarMath::elapsed(rc.calendar, a, b), count) << "calendar " << c;
        }
    }
}
