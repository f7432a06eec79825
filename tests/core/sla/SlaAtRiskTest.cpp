// When a clock turns at risk (ClockEvaluation::atRiskAt), worked out by hand on the 8x5 calendar
// (Mon-Fri 08:30-12:00 and 13:00-17:30): the instant at which the at-risk share of the target is
// used up in service time, across the lunch break, the weekend and pauses, never 75% of the
// wall-clock span. 2026-03-02 is a Monday.
#include "SlaTestSupport.h"
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/SlaClock.h"

using namespace ingot;
using namespace ingot::test;

namespace {
TicketEvent event(const char* when, Action action)
{
    TicketEvent e;
    e.at = at(when);
    e.action = action;
    return e;
}

ClockEvaluation resolution(qint64 reportedAt, const QList<TicketEvent>& events, qint64 targetMinutes, qint64 now,
                           int percent = 75)
{
    return SlaClock::evaluate(SlaMetric::Resolution, reportedAt, events, BuiltinCalendars::eightFive(), targetMinutes,
                              now, percent);
}
} // namespace

TEST(SlaAtRisk, ThresholdIsTheLeastElapsedThatIsAtRisk)
{
    EXPECT_EQ(SlaClock::atRiskThresholdSeconds(240 * 60, 75), 180 * 60);
    EXPECT_EQ(SlaClock::atRiskThresholdSeconds(61, 75), 46); // 45.75 rounds up: 45 s is only 73.8%
    EXPECT_EQ(SlaClock::atRiskThresholdSeconds(1800, 80), 1440);
    EXPECT_EQ(SlaClock::atRiskThresholdSeconds(1800, 100), 1800);
}

TEST(SlaAtRisk, LunchBreakIsNotCounted)
{
    // Reported Mon 10:00, 240 min: 10:00-12:00 gives 120, then 13:00 on. 180 min (75%) are used at
    // 14:00 and 240 at 15:00. Wall-clock 75% of 10:00..15:00 would say 13:45.
    const qint64 reported = at("2026-03-02 10:00");
    const ClockEvaluation c = resolution(reported, {}, 240, at("2026-03-02 10:30"));
    EXPECT_EQ(show(*c.atRiskAt), show(at("2026-03-02 14:00")));
    EXPECT_EQ(show(*c.dueAt), show(at("2026-03-02 15:00")));
    EXPECT_EQ(c.state, ClockState::Running);

    // Reported Mon 09:00, 240 min: 180 min are used exactly at 12:00, which stays 12:00, not 13:00.
    const ClockEvaluation noon = resolution(at("2026-03-02 09:00"), {}, 240, at("2026-03-02 09:00"));
    EXPECT_EQ(show(*noon.atRiskAt), show(at("2026-03-02 12:00")));
}

TEST(SlaAtRisk, WeekendIsNotCounted)
{
    // Reported Fri 16:30, 240 min: Friday serves 60 until 17:30, Monday the rest from 08:30. At
    // risk after 180 min, Mon 10:30; due Mon 11:30. Wall-clock 75% would fall on Sunday evening.
    const qint64 reported = at("2026-03-06 16:30");
    const ClockEvaluation c = resolution(reported, {}, 240, at("2026-03-07 12:00"));
    EXPECT_EQ(show(*c.atRiskAt), show(at("2026-03-09 10:30")));
    EXPECT_EQ(show(*c.dueAt), show(at("2026-03-09 11:30")));
    EXPECT_EQ(c.state, ClockState::Running);
}

TEST(SlaAtRisk, PausesMoveIt)
{
    // Reported Mon 09:00, 480 min (at risk after 360). Waiting from 10:00 (60 used) to Tue 08:30:
    // 300 more are needed, Tue 08:30-12:00 gives 210, then 13:00 + 90 = 14:30. Due when
    // 60 + 210 + 210 = 480 are used, Tue 16:30.
    const qint64 reported = at("2026-03-02 09:00");
    const QList<TicketEvent> events{event("2026-03-02 10:00", Action::Wait), event("2026-03-03 08:30", Action::Resume)};
    const ClockEvaluation paused = resolution(reported, events, 480, at("2026-03-02 15:00"));
    EXPECT_EQ(paused.state, ClockState::Paused);
    EXPECT_FALSE(paused.atRiskAt.has_value()); // nothing runs, nothing turns at risk
    const ClockEvaluation resumed = resolution(reported, events, 480, at("2026-03-03 09:00"));
    EXPECT_EQ(show(*resumed.atRiskAt), show(at("2026-03-03 14:30")));
    EXPECT_EQ(show(*resumed.dueAt), show(at("2026-03-03 16:30")));

    // Already at risk: the instant lies in the past, inside the interval where it happened.
    const ClockEvaluation late = resolution(reported, events, 480, at("2026-03-03 15:00"));
    EXPECT_EQ(late.state, ClockState::AtRisk);
    EXPECT_EQ(show(*late.atRiskAt), show(at("2026-03-03 14:30")));
}

TEST(SlaAtRisk, PolicyPercentApplies)
{
    // 80% of 240 = 192 min from Mon 10:00: 120 before lunch, 72 after, 14:12.
    const ClockEvaluation c = resolution(at("2026-03-02 10:00"), {}, 240, at("2026-03-02 10:00"), 80);
    EXPECT_EQ(show(*c.atRiskAt), show(at("2026-03-02 14:12")));
}

TEST(SlaAtRisk, NextAtRiskBelongsToTheNextDueClock)
{
    // Response 60, assessment 120, resolution 480 from Mon 09:00: the response is due first (10:00)
    // and at risk at 09:45. After the respond at 09:20 the assessment leads: due 11:00, at risk 10:30.
    const SlaTargets targets{60, 120, 480};
    const qint64 reported = at("2026-03-02 09:00");
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    const SlaSnapshot fresh = SlaClock::evaluateAll(reported, {}, cal, targets, at("2026-03-02 09:10"));
    EXPECT_EQ(show(*fresh.nextDue()), show(at("2026-03-02 10:00")));
    EXPECT_EQ(show(*fresh.nextAtRisk()), show(at("2026-03-02 09:45")));
    const SlaSnapshot responded = SlaClock::evaluateAll(reported, {event("2026-03-02 09:20", Action::Respond)}, cal,
                                                        targets, at("2026-03-02 09:30"));
    EXPECT_EQ(show(*responded.nextDue()), show(at("2026-03-02 11:00")));
    EXPECT_EQ(show(*responded.nextAtRisk()), show(at("2026-03-02 10:30")));
    const SlaSnapshot waiting = SlaClock::evaluateAll(
        reported, {event("2026-03-02 09:20", Action::Assess), event("2026-03-02 09:30", Action::Wait)}, cal, targets,
        at("2026-03-02 09:40"));
    EXPECT_FALSE(waiting.nextAtRisk().has_value());
}

TEST(SlaAtRisk, AtRiskExactlyFromTheStoredInstant)
{
    // For every minute of two weeks, with a pause and a reopen on the way: the clock is at risk or
    // over exactly when now >= atRiskAt, the one comparison the queue and the watch make.
    const qint64 reported = at("2026-03-05 16:00"); // Thursday
    const QList<TicketEvent> events{event("2026-03-06 10:00", Action::Wait), event("2026-03-09 14:10", Action::Resume),
                                    event("2026-03-10 09:00", Action::Resolve),
                                    event("2026-03-10 15:00", Action::Reopen)};
    int running = 0;
    for (qint64 now = reported; now < reported + 14 * 24 * kHour; now += 7 * kMinute) {
        for (int percent : {75, 90}) {
            const ClockEvaluation c = resolution(reported, events, 600, now, percent);
            if (c.phase != ClockPhase::Running) {
                EXPECT_FALSE(c.atRiskAt.has_value());
                continue;
            }
            ++running;
            ASSERT_TRUE(c.atRiskAt.has_value());
            const bool late = c.state == ClockState::AtRisk || c.state == ClockState::Breached;
            EXPECT_EQ(now >= *c.atRiskAt, late) << show(now) << " " << percent;
            EXPECT_LE(*c.atRiskAt, *c.dueAt);
        }
    }
    EXPECT_GT(running, 1000);
}
