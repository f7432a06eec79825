// Clock rules of sla-kpi-spec.md on the 8x5 calendar (Mon-Fri 08:30-12:00, 13:00-17:30), worked out
// by hand. Targets are small so the arithmetic stays readable: response 60, assessment 120,
// resolution 480 service minutes; at risk from 75%.
#include "core/sla/SlaClock.h"

#include "SlaTestSupport.h"
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/Compensation.h"

using namespace ingot;
using namespace ingot::test;

namespace {
const SlaTargets kTargets{60, 120, 480};

TicketEvent event(const char* when, Action action)
{
    TicketEvent e;
    e.at = at(when);
    e.action = action;
    return e;
}

class SlaClockTest : public ::testing::Test {
protected:
    SlaSnapshot evaluate(const char* now) const
    {
        return SlaClock::evaluateAll(m_reportedAt, m_events, m_calendar, kTargets, at(now));
    }

    ServiceCalendar m_calendar = BuiltinCalendars::eightFive();
    qint64 m_reportedAt = at("2026-03-02 09:00"); // a Monday
    // The full story: contacted 09:20, assessed 10:30, planned, started, waiting for the customer
    // from Mon 14:00 to Tue 10:00, resolved Tue 12:00, reopened Wed 09:00, resolved again Wed 14:00.
    QList<TicketEvent> m_events{
        event("2026-03-02 09:20", Action::Respond), event("2026-03-02 10:30", Action::Assess),
        event("2026-03-02 11:00", Action::Plan),    event("2026-03-02 11:30", Action::Start),
        event("2026-03-02 14:00", Action::Wait),    event("2026-03-03 10:00", Action::Resume),
        event("2026-03-03 12:00", Action::Resolve), event("2026-03-04 09:00", Action::Reopen),
        event("2026-03-04 14:00", Action::Resolve),
    };
};
} // namespace

TEST_F(SlaClockTest, EarlyInTheDayEverythingRuns)
{
    // Now Mon 09:10: the 09:20 respond is in the future and ignored. Response 10 min of 60.
    const SlaSnapshot s = evaluate("2026-03-02 09:10");
    EXPECT_EQ(s.response.state, ClockState::Running);
    EXPECT_EQ(s.response.elapsedSeconds, 10 * kMinute);
    // Due: 09:00 + 60 service min = 10:00.
    EXPECT_EQ(s.response.dueAt, at("2026-03-02 10:00"));
    EXPECT_EQ(s.response.intervals, (QList<ClockInterval>{{at("2026-03-02 09:00"), at("2026-03-02 09:10")}}));
    EXPECT_EQ(s.nextDue(), at("2026-03-02 10:00"));
    EXPECT_FALSE(s.response.breachedAt.has_value());
}

TEST_F(SlaClockTest, StopsAtTheRightEventsAndPausesWhileWaiting)
{
    // Now Tue 09:00, during the wait.
    const SlaSnapshot s = evaluate("2026-03-03 09:00");
    // Response stopped by respond at 09:20: 20 min <= 60, met.
    EXPECT_EQ(s.response.state, ClockState::Met);
    EXPECT_EQ(s.response.elapsedSeconds, 20 * kMinute);
    EXPECT_EQ(s.response.stoppedAt, at("2026-03-02 09:20"));
    EXPECT_FALSE(s.response.dueAt.has_value());
    // Assessment stopped by assess at 10:30: 90 min <= 120, met (it was at risk, 90 >= 75% of 120,
    // but a stopped clock is met or breached).
    EXPECT_EQ(s.assessment.state, ClockState::Met);
    EXPECT_EQ(s.assessment.elapsedSeconds, 90 * kMinute);
    // Resolution ran Mon 09:00-14:00 = 09:00-12:00 (3 h) + 13:00-14:00 (1 h) = 240 min, then paused.
    EXPECT_EQ(s.resolution.phase, ClockPhase::Paused);
    EXPECT_EQ(s.resolution.state, ClockState::Paused);
    EXPECT_EQ(s.resolution.elapsedSeconds, 240 * kMinute);
    EXPECT_FALSE(s.resolution.dueAt.has_value());
    // Nothing runs, so nothing is due.
    EXPECT_FALSE(s.nextDue().has_value());
}

TEST_F(SlaClockTest, ResolvedThenReopenedWithTheGapNotCounted)
{
    // Now Wed 08:00: resolved Tue 12:00 after 240 + Tue 10:00-12:00 (120) = 360 min <= 480: met.
    SlaSnapshot s = evaluate("2026-03-04 08:00");
    EXPECT_EQ(s.resolution.state, ClockState::Met);
    EXPECT_EQ(s.resolution.elapsedSeconds, 360 * kMinute);
    EXPECT_EQ(s.resolution.stoppedAt, at("2026-03-03 12:00"));

    // Now Wed 10:00: reopened at 09:00, Tue 12:00..Wed 09:00 not counted (Tue afternoon would have
    // been 4.5 h). 360 + 60 = 420 min = 87.5% of 480: at risk, running.
    s = evaluate("2026-03-04 10:00");
    EXPECT_EQ(s.resolution.phase, ClockPhase::Running);
    EXPECT_EQ(s.resolution.state, ClockState::AtRisk);
    EXPECT_EQ(s.resolution.elapsedSeconds, 420 * kMinute);
    EXPECT_FALSE(s.resolution.stoppedAt.has_value());
    // 60 min left from Wed 10:00 -> 11:00.
    EXPECT_EQ(s.resolution.dueAt, at("2026-03-04 11:00"));
    EXPECT_EQ(s.resolution.remainingSeconds(), 60 * kMinute);
    EXPECT_EQ(s.resolution.intervals.size(), 3);
    EXPECT_EQ(s.nextDue(), at("2026-03-04 11:00"));

    // Now Wed 11:00 exactly: elapsed = target, not over: still at risk.
    s = evaluate("2026-03-04 11:00");
    EXPECT_EQ(s.resolution.state, ClockState::AtRisk);
    EXPECT_EQ(s.resolution.elapsedSeconds, 480 * kMinute);
    EXPECT_EQ(s.resolution.dueAt, at("2026-03-04 11:00"));
}

TEST_F(SlaClockTest, BreachedWhileRunningAndAfterStopping)
{
    // Now Wed 13:30: 360 + Wed 09:00-12:00 (180) + 13:00-13:30 (30) = 570 > 480: breached, running.
    SlaSnapshot s = evaluate("2026-03-04 13:30");
    EXPECT_EQ(s.resolution.state, ClockState::Breached);
    EXPECT_EQ(s.resolution.phase, ClockPhase::Running);
    EXPECT_EQ(s.resolution.elapsedSeconds, 570 * kMinute);
    // The target was reached at Wed 11:00 (360 + 120): the breach instant and the (past) due.
    EXPECT_EQ(s.resolution.breachedAt, at("2026-03-04 11:00"));
    EXPECT_EQ(s.resolution.dueAt, at("2026-03-04 11:00"));
    EXPECT_EQ(s.resolution.overrunSeconds(), 90 * kMinute);
    EXPECT_TRUE(s.anyBreached());

    // Now Thu 10:00: resolved Wed 14:00 -> 360 + 180 + 60 = 600 min: breached by 120 min, final.
    s = evaluate("2026-03-05 10:00");
    EXPECT_EQ(s.resolution.state, ClockState::Breached);
    EXPECT_EQ(s.resolution.phase, ClockPhase::Stopped);
    EXPECT_EQ(s.resolution.elapsedSeconds, 600 * kMinute);
    EXPECT_EQ(s.resolution.overrunMinutes(), 120.0);
    EXPECT_EQ(s.resolution.breachedAt, at("2026-03-04 11:00"));
    EXPECT_FALSE(s.resolution.dueAt.has_value());
    EXPECT_EQ(s.resolution.intervals, (QList<ClockInterval>{{at("2026-03-02 09:00"), at("2026-03-02 14:00")},
                                                            {at("2026-03-03 10:00"), at("2026-03-03 12:00")},
                                                            {at("2026-03-04 09:00"), at("2026-03-04 14:00")}}));
    // 120 min over = 2 started hours = 10% of a 1000.00 CNY order.
    EXPECT_EQ(Compensation::creditFen(100000, s.resolution), 10000);
}

TEST(SlaClock, ResponseAcrossTheWeekendRunsAtRiskThenBreaches)
{
    // Reported Fri 17:00, nobody reacts. Target 60 min.
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    const qint64 reported = at("2026-03-06 17:00");
    auto response = [&](const char* now) {
        return SlaClock::evaluate(SlaMetric::Response, reported, {}, cal, 60, at(now));
    };
    // Mon 08:44: 30 (Fri) + 14 = 44 min < 45 (75%): running.
    EXPECT_EQ(response("2026-03-09 08:44").state, ClockState::Running);
    // Mon 08:45: 45 min = exactly 75%: at risk.
    EXPECT_EQ(response("2026-03-09 08:45").state, ClockState::AtRisk);
    // Saturday: still 30 min, running; due Mon 09:00 (30 min left from Mon 08:30).
    const ClockEvaluation sat = response("2026-03-07 12:00");
    EXPECT_EQ(sat.state, ClockState::Running);
    EXPECT_EQ(sat.elapsedSeconds, 30 * kMinute);
    EXPECT_EQ(sat.dueAt, at("2026-03-09 09:00"));
    // Mon 09:30: 30 + 60 = 90 > 60: breached at Mon 09:00.
    const ClockEvaluation mon = response("2026-03-09 09:30");
    EXPECT_EQ(mon.state, ClockState::Breached);
    EXPECT_EQ(mon.breachedAt, at("2026-03-09 09:00"));
    EXPECT_EQ(mon.overrunSeconds(), 30 * kMinute);
}

TEST(SlaClock, PausedClockCanBeAtRisk)
{
    // Reported Mon 09:00, assessed 09:10, waiting from 16:00: resolution ran 3 h + 3 h = 360 min =
    // 75% of 480, then paused: at risk, paused, no due instant.
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    const QList<TicketEvent> events{event("2026-03-02 09:10", Action::Assess), event("2026-03-02 16:00", Action::Wait)};
    const ClockEvaluation c =
        SlaClock::evaluate(SlaMetric::Resolution, at("2026-03-02 09:00"), events, cal, 480, at("2026-03-03 10:00"));
    EXPECT_EQ(c.phase, ClockPhase::Paused);
    EXPECT_EQ(c.state, ClockState::AtRisk);
    EXPECT_EQ(c.elapsedSeconds, 360 * kMinute);
    EXPECT_FALSE(c.dueAt.has_value());
    // The response clock was stopped by assess (09:10), not by wait.
    const ClockEvaluation r =
        SlaClock::evaluate(SlaMetric::Response, at("2026-03-02 09:00"), events, cal, 60, at("2026-03-03 10:00"));
    EXPECT_EQ(r.stoppedAt, at("2026-03-02 09:10"));
}

TEST(SlaClock, CancelStopsEveryClock)
{
    // Reported Mon 09:00, cancelled 10:00: every clock ran 60 min and stopped. Response: 60 = target,
    // met (not over). Assessment, resolution: met. Nothing runs any more.
    const ServiceCalendar cal = BuiltinCalendars::eightFive();
    const QList<TicketEvent> events{event("2026-03-02 10:00", Action::Cancel), event("2026-03-02 11:00", Action::Note)};
    const SlaSnapshot s = SlaClock::evaluateAll(at("2026-03-02 09:00"), events, cal, kTargets, at("2026-03-06 10:00"));
    for (SlaMetric m : allSlaMetrics()) {
        EXPECT_EQ(s.clock(m).phase, ClockPhase::Stopped) << slaMetricKey(m).toStdString();
        EXPECT_EQ(s.clock(m).state, ClockState::Met);
        EXPECT_EQ(s.clock(m).elapsedSeconds, 60 * kMinute);
        EXPECT_EQ(s.clock(m).stoppedAt, at("2026-03-02 10:00"));
    }
    EXPECT_FALSE(s.nextDue().has_value());
}

TEST(SlaClock, WhichEventsStopWhichClock)
{
    EXPECT_TRUE(SlaClock::stops(SlaMetric::Response, Action::Wait));
    EXPECT_TRUE(SlaClock::stops(SlaMetric::Response, Action::Start));
    EXPECT_FALSE(SlaClock::stops(SlaMetric::Response, Action::Dispatch));
    EXPECT_FALSE(SlaClock::stops(SlaMetric::Response, Action::Note));
    EXPECT_FALSE(SlaClock::stops(SlaMetric::Assessment, Action::Respond));
    EXPECT_FALSE(SlaClock::stops(SlaMetric::Assessment, Action::Start));
    EXPECT_TRUE(SlaClock::stops(SlaMetric::Assessment, Action::Plan));
    EXPECT_FALSE(SlaClock::stops(SlaMetric::Resolution, Action::Close));
    for (SlaMetric m : allSlaMetrics())
        EXPECT_TRUE(SlaClock::stops(m, Action::Cancel));
}

TEST(SlaClock, PolicyOverloadUsesTheTierCell)
{
    // Tier A P1 on 24x7: response 30 min from 2026-10-01 02:00 (a holiday; 24x7 does not care).
    const SlaPolicy policy = SlaPolicy::defaults();
    const SlaSnapshot s = SlaClock::evaluateAll(at("2026-10-01 02:00"), {}, BuiltinCalendars::twentyFourSeven(), policy,
                                                Tier::A, Priority::P1, at("2026-10-01 02:10"));
    EXPECT_EQ(s.response.dueAt, at("2026-10-01 02:30"));
    EXPECT_EQ(s.assessment.dueAt, at("2026-10-01 03:00"));
    EXPECT_EQ(s.resolution.dueAt, at("2026-10-01 10:00"));
    EXPECT_EQ(s.nextDue(), at("2026-10-01 02:30"));
}
