#include "core/board/BoardClockLines.h"

#include "core/common/Instant.h"
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/SlaClock.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
qint64 at(const char* text)
{
    return *Instant::parse(QString::fromLatin1(text));
}

QHash<QString, ServiceCalendar> builtins()
{
    QHash<QString, ServiceCalendar> out;
    for (const QString& name : BuiltinCalendars::names())
        out.insert(name, *BuiltinCalendars::byName(name));
    return out;
}

const ClockLine& lineFor(const QList<ClockLine>& lines, Tier tier, Priority priority, OpenPhase phase)
{
    for (const ClockLine& l : lines)
        if (l.tier == tier && l.priority == priority && l.phase == phase)
            return l;
    static ClockLine none;
    ADD_FAILURE() << "no line";
    return none;
}
} // namespace

TEST(BoardClockLinesTest, PhaseFromStageAndFirstResponse)
{
    EXPECT_EQ(BoardClockLines::phaseOf(Stage::Reported, false), OpenPhase::ResponseRunning);
    EXPECT_EQ(BoardClockLines::phaseOf(Stage::Reported, true), OpenPhase::AssessmentRunning);
    EXPECT_EQ(BoardClockLines::phaseOf(Stage::Assessed, true), OpenPhase::ResolutionRunning);
    EXPECT_EQ(BoardClockLines::phaseOf(Stage::Planned, true), OpenPhase::ResolutionRunning);
    EXPECT_EQ(BoardClockLines::phaseOf(Stage::InProgress, true), OpenPhase::ResolutionRunning);
    EXPECT_FALSE(BoardClockLines::phaseOf(Stage::WaitingCustomer, true));
    EXPECT_FALSE(BoardClockLines::phaseOf(Stage::Closed, true));
}

TEST(BoardClockLinesTest, LeadingClockIsTheSmallestRunningTarget)
{
    SlaTargets t{30, 60, 480};
    EXPECT_EQ(BoardClockLines::leadingMetric(t, OpenPhase::ResponseRunning), SlaMetric::Response);
    EXPECT_EQ(BoardClockLines::leadingMetric(t, OpenPhase::AssessmentRunning), SlaMetric::Assessment);
    EXPECT_EQ(BoardClockLines::leadingMetric(t, OpenPhase::ResolutionRunning), SlaMetric::Resolution);
    // A policy may say otherwise: the same elapsed time reaches the smaller target first.
    SlaTargets odd{90, 60, 45};
    EXPECT_EQ(BoardClockLines::leadingMetric(odd, OpenPhase::ResponseRunning), SlaMetric::Resolution);
}

TEST(BoardClockLinesTest, LinesOn24x7AreWallClock)
{
    const qint64 now = at("2026-06-10T10:00:00+08:00"); // a Wednesday
    const auto lines = BoardClockLines::compute({SlaPolicy::defaults()}, builtins(), now);
    ASSERT_EQ(lines.size(), 3 * 4 * 3);
    const ClockLine& a1 = lineFor(lines, Tier::A, Priority::P1, OpenPhase::ResponseRunning);
    EXPECT_EQ(a1.metric, SlaMetric::Response);
    EXPECT_EQ(a1.targetSeconds, 1800);
    EXPECT_EQ(a1.breachLine, now);
    EXPECT_EQ(a1.riskLine, now + 450); // 25% of 30 minutes left
}

TEST(BoardClockLinesTest, LinesOn8x5SkipClosedHours)
{
    // Saturday 10:00: the last served second of 8x5 was Friday 17:30; 25% of a P3 response
    // (120 min) is 30 service minutes from now: Monday 09:00.
    const qint64 now = at("2026-06-13T10:00:00+08:00");
    const auto lines = BoardClockLines::compute({SlaPolicy::defaults()}, builtins(), now);
    const ClockLine& c3 = lineFor(lines, Tier::C, Priority::P3, OpenPhase::ResponseRunning);
    EXPECT_EQ(c3.breachLine, at("2026-06-12T17:30:00+08:00"));
    EXPECT_EQ(c3.riskLine, at("2026-06-15T09:00:00+08:00"));
    // 12x7 at 22:00 on a weekday: served up to 20:00.
    const qint64 night = at("2026-06-10T22:00:00+08:00");
    const auto nightLines = BoardClockLines::compute({SlaPolicy::defaults()}, builtins(), night);
    EXPECT_EQ(lineFor(nightLines, Tier::B, Priority::P1, OpenPhase::AssessmentRunning).breachLine,
              at("2026-06-10T20:00:00+08:00"));
}

// The lines against the engine: for tickets reported at many instants before now, the state the
// lines give from the due instant alone equals SlaClock's state of the leading clock.
TEST(BoardClockLinesTest, AgreesWithTheEngineOnUnpausedClocks)
{
    const auto calendars = builtins();
    const SlaPolicy policy = SlaPolicy::defaults();
    for (const char* nowText : {"2026-06-13T10:00:00+08:00", "2026-06-15T08:45:00+08:00", "2026-06-10T19:59:00+08:00",
                                "2026-10-03T12:00:00+08:00"}) {
        const qint64 now = at(nowText);
        const auto lines = BoardClockLines::compute({policy}, calendars, now);
        for (Tier tier : allTiers()) {
            const ServiceCalendar& cal = calendars.value(policy.calendarFor(tier));
            for (Priority priority : allPriorities()) {
                const ClockLine& line = lineFor(lines, tier, priority, OpenPhase::ResponseRunning);
                for (qint64 back = 0; back < 6 * 86400; back += 997) {
                    const qint64 reported = now - back;
                    const ClockEvaluation c = SlaClock::evaluate(
                        SlaMetric::Response, reported, {}, cal,
                        policy.targetMinutes(tier, priority, SlaMetric::Response), now, policy.atRiskPercent);
                    ASSERT_TRUE(c.dueAt);
                    const qint64 due = *c.dueAt;
                    const bool breached = due < line.breachLine;
                    const bool atRisk = !breached && due <= line.riskLine;
                    EXPECT_EQ(breached, c.state == ClockState::Breached) << nowText << " back " << back;
                    EXPECT_EQ(atRisk, c.state == ClockState::AtRisk) << nowText << " back " << back;
                }
            }
        }
    }
}
