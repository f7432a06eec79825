// due() and elapsed() on an 8x5 calendar spanning 10 years (2025-2034) with holidays and make-up
// workdays, random starts and targets up to 4 service weeks, against the obvious implementation
// that steps minute by minute. Results: docs/performance-sla.md.
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/CalendarMath.h"
#include "core/sla/HolidayList.h"
#include "core/sla/SlaClock.h"

#include <QDateTime>
#include <QTimeZone>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <random>
#include <vector>

using namespace ingot;

namespace {
constexpr qint64 kDay = 86400;
constexpr int kSamples = 4096; // a power of two: the loops index with a mask

// The shipped 2025/2026 dates plus, for 2027-2034, the 2026 month/day pattern moved to that year:
// about 35 exception dates a year, like the real schedule.
QList<CalendarException> tenYearsOfExceptions()
{
    QList<CalendarException> out = HolidayList::shipped().entries();
    for (int year = 2027; year <= 2034; ++year)
        for (const CalendarException& e : HolidayList::shipped().entries())
            if (e.date.year() == 2026 && QDate::isValid(year, e.date.month(), e.date.day()))
                out << CalendarException{QDate(year, e.date.month(), e.date.day()), e.kind, e.name};
    return out;
}

const ServiceCalendar& calendar()
{
    static const ServiceCalendar cal = BuiltinCalendars::eightFive(tenYearsOfExceptions());
    return cal;
}

struct Sample {
    qint64 start;
    qint64 end;
    qint64 minutes;
};

const std::vector<Sample>& samples()
{
    static const std::vector<Sample> all = [] {
        std::mt19937_64 rng(42);
        const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2034, 10, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        std::uniform_int_distribution<qint64> start(from, to);
        std::uniform_int_distribution<qint64> span(0, 42 * kDay);
        std::uniform_int_distribution<qint64> minutes(1, 4 * 5 * 480); // up to 4 weeks of service
        std::vector<Sample> v;
        for (int i = 0; i < kSamples; ++i) {
            // Minute-aligned starts so that the minute-stepping baseline computes the same answers.
            const qint64 s = start(rng) / 60 * 60;
            v.push_back({s, s + span(rng) / 60 * 60, minutes(rng)});
        }
        return v;
    }();
    return all;
}

// The baseline: what one writes first. Looks each minute up in the schedule and a date set.
class NaiveCalendar {
public:
    explicit NaiveCalendar(const ServiceCalendar& cal) : m_week(cal.week()), m_offset(cal.utcOffsetSeconds())
    {
        for (const CalendarException& e : cal.exceptions())
            m_exceptions[ServiceCalendar::dayOfDate(e.date)] = e.kind;
    }

    bool servedMinute(qint64 t) const
    {
        const qint64 local = t + m_offset;
        const qint64 day = local / kDay; // instants here are after 1970
        const int second = static_cast<int>(local - day * kDay);
        const auto it = m_exceptions.find(day);
        const DaySchedule* hours = &m_week[static_cast<std::size_t>((day + 3) % 7)]; // day 0 = Thursday
        if (it != m_exceptions.end())
            hours = it->second == DayKind::Holiday ? &m_closed : &m_week[0];
        for (const ServiceInterval& i : *hours)
            if (second >= i.start && second < i.end)
                return true;
        return false;
    }

    qint64 due(qint64 start, qint64 minutes) const
    {
        qint64 t = start;
        while (minutes > 0) {
            if (servedMinute(t))
                --minutes;
            t += 60;
        }
        return t;
    }

    qint64 elapsed(qint64 a, qint64 b) const
    {
        qint64 total = 0;
        for (qint64 t = a; t < b; t += 60)
            total += servedMinute(t) ? 60 : 0;
        return total;
    }

private:
    WeeklySchedule m_week;
    DaySchedule m_closed;
    int m_offset;
    std::map<qint64, DayKind> m_exceptions;
};

void BM_Due(benchmark::State& state)
{
    const ServiceCalendar& cal = calendar();
    const auto& v = samples();
    std::size_t i = 0;
    for (auto _ : state) {
        const Sample& s = v[i++ & (kSamples - 1)];
        benchmark::DoNotOptimize(CalendarMath::dueAfterMinutes(cal, s.start, s.minutes));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Due);

void BM_Elapsed(benchmark::State& state)
{
    const ServiceCalendar& cal = calendar();
    const auto& v = samples();
    std::size_t i = 0;
    for (auto _ : state) {
        const Sample& s = v[i++ & (kSamples - 1)];
        benchmark::DoNotOptimize(CalendarMath::elapsed(cal, s.start, s.end));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Elapsed);

void BM_NaiveDueMinuteStepping(benchmark::State& state)
{
    const NaiveCalendar naive(calendar());
    const auto& v = samples();
    std::size_t i = 0;
    for (auto _ : state) {
        const Sample& s = v[i++ & (kSamples - 1)];
        benchmark::DoNotOptimize(naive.due(s.start, s.minutes));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NaiveDueMinuteStepping);

void BM_NaiveElapsedMinuteStepping(benchmark::State& state)
{
    const NaiveCalendar naive(calendar());
    const auto& v = samples();
    std::size_t i = 0;
    for (auto _ : state) {
        const Sample& s = v[i++ & (kSamples - 1)];
        benchmark::DoNotOptimize(naive.elapsed(s.start, s.end));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NaiveElapsedMinuteStepping);

// The three clocks of a ticket with a wait and a reopen, as a queue refresh evaluates them.
void BM_EvaluateAllClocks(benchmark::State& state)
{
    const ServiceCalendar& cal = calendar();
    const auto& v = samples();
    const SlaTargets targets = SlaPolicy::defaults().targetsFor(Tier::C, Priority::P3);
    auto ev = [](qint64 at, Action action) {
        TicketEvent e;
        e.at = at;
        e.action = action;
        return e;
    };
    std::size_t i = 0;
    for (auto _ : state) {
        const qint64 r = v[i++ & (kSamples - 1)].start;
        const QList<TicketEvent> events{ev(r + 600, Action::Respond),      ev(r + 3600, Action::Assess),
                                        ev(r + 2 * kDay, Action::Wait),    ev(r + 3 * kDay, Action::Resume),
                                        ev(r + 4 * kDay, Action::Resolve), ev(r + 5 * kDay, Action::Reopen)};
        benchmark::DoNotOptimize(SlaClock::evaluateAll(r, events, cal, targets, r + 6 * kDay));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateAllClocks);

// The fast and the naive answers must agree, or the comparison means nothing.
bool sameAnswers()
{
    const NaiveCalendar naive(calendar());
    for (int k = 0; k < 64; ++k) {
        const Sample& s = samples()[static_cast<std::size_t>(k)];
        if (CalendarMath::dueAfterMinutes(calendar(), s.start, s.minutes) != naive.due(s.start, s.minutes) ||
            CalendarMath::elapsed(calendar(), s.start, s.end) != naive.elapsed(s.start, s.end))
            return false;
    }
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (!sameAnswers()) {
        fprintf(stderr, "fast and naive calendar arithmetic disagree\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
