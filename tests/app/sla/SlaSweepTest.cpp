#include "SlaFixture.h"
#include "app/io/ImportService.h"
#include "app/seed/DemoSeeder.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class SlaSweepTest : public SlaFixture {};
} // namespace

// Tier C (8x5), P1: response 30 min, assessment 60 min. Reported Monday 2026-06-01 09:00, so the
// response is due at 09:30 and the assessment at 10:00.
TEST_F(SlaSweepTest, EachBreachIsRecordedOnceAcrossSweeps)
{
    const Ticket t = create("CC", Priority::P1, local("2026-06-01 09:00"));
    EXPECT_EQ(nextDueAt(t), local("2026-06-01 09:30"));

    // At exactly 10:00 the assessment has used its 60 minutes but is not over them.
    SlaSweepSummary s = sweep(local("2026-06-01 10:00"));
    EXPECT_EQ(s.stats.newBreaches[0], 1); // response
    EXPECT_EQ(s.stats.newBreaches[1], 0);
    for (int i = 0; i < 3; ++i) {
        s = sweep(local("2026-06-01 10:00"));
        EXPECT_EQ(s.stats.newBreachesTotal(), 0);
    }
    s = sweep(local("2026-06-01 11:00"));
    EXPECT_EQ(s.stats.newBreaches[0], 0);
    EXPECT_EQ(s.stats.newBreaches[1], 1); // assessment
    EXPECT_EQ(sweep(local("2026-06-01 15:00")).stats.newBreachesTotal(), 0);

    auto breaches = store->sla().breaches().forTicket(t.id);
    ASSERT_TRUE(breaches.ok());
    ASSERT_EQ(breaches->size(), 2);
    EXPECT_EQ(breaches->at(0).metric, SlaMetric::Response);
    EXPECT_EQ(breaches->at(0).breachedAt, local("2026-06-01 09:30"));
    EXPECT_EQ(breaches->at(0).recordedAt, local("2026-06-01 10:00"));
    EXPECT_FALSE(breaches->at(0).overrunSeconds); // still running: not final
    EXPECT_EQ(breaches->at(1).breachedAt, local("2026-06-01 10:00"));

    // The history says so too, once per clock, dated when the clock ran out.
    const QList<TicketEvent> events = breachEvents(t);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).value, QStringLiteral("response"));
    EXPECT_EQ(events.at(0).at, local("2026-06-01 09:30"));
    EXPECT_EQ(events.at(0).actor, QStringLiteral("system"));
    EXPECT_TRUE(events.at(0).note.isEmpty());
    EXPECT_EQ(events.at(1).value, QStringLiteral("assessment"));
    // Recording breaches does not make anyone's open edit stale.
    EXPECT_EQ(tickets().find(t.number)->version, 1);
}

TEST_F(SlaSweepTest, OverrunIsFinalWhenTheClockStops)
{
    const Ticket t = create("CC", Priority::P1, local("2026-06-01 09:00"));
    sweep(local("2026-06-01 10:30"));
    // Assessing at 11:30 stops response (150 min: 120 over) and assessment (150 min: 90 over).
    act(t, Action::Assess, local("2026-06-01 11:30"));
    SlaSweepSummary s = sweep(local("2026-06-01 12:00"));
    EXPECT_EQ(s.stats.overrunsFinalized, 2);
    auto breaches = store->sla().breaches().forTicket(t.id);
    ASSERT_EQ(breaches->size(), 2);
    EXPECT_EQ(breaches->at(0).overrunSeconds, 120 * 60);
    EXPECT_EQ(breaches->at(1).overrunSeconds, 90 * 60);
    EXPECT_EQ(sweep(local("2026-06-01 13:00")).stats.overrunsFinalized, 0);
}

TEST_F(SlaSweepTest, ALateStopNoSweepSawIsRecordedWithItsOverrun)
{
    const Ticket t = create("CC", Priority::P1, local("2026-06-01 09:00"));
    const Ticket responded = act(t, Action::Respond, local("2026-06-01 09:45")); // 45 min: 15 over, no sweep yet
    // Left for the sweep, which records the breach: its clocks are stored for an older version.
    EXPECT_EQ(column(t, "sla_version").toInt(), 1);
    EXPECT_EQ(responded.version, 2);
    EXPECT_EQ(nextDueAt(t), local("2026-06-01 10:00")); // the assessment still runs
    sweep(local("2026-06-01 10:20"));
    const QList<TicketEvent> events = breachEvents(t);
    ASSERT_GE(events.size(), 1);
    EXPECT_EQ(events.at(0).value, QStringLiteral("response"));
    EXPECT_EQ(events.at(0).note, QStringLiteral("15"));
    EXPECT_EQ(store->sla().breaches().forTicket(t.id)->at(0).overrunSeconds, 15 * 60);
}

TEST_F(SlaSweepTest, ClosedTicketsAreNotEvaluatedAgain)
{
    const Ticket t = create("CA", Priority::P3, local("2026-06-01 09:00"));
    act(t, Action::Assess, local("2026-06-01 09:10"));
    act(t, Action::Resolve, local("2026-06-01 10:00"));
    act(t, Action::Close, local("2026-06-01 11:00"));
    EXPECT_EQ(nextDueAt(t), std::nullopt);
    EXPECT_EQ(sweep(local("2026-06-02 09:00")).candidates, 0);
    const Ticket open = create("CA", Priority::P3, local("2026-06-02 09:00"));
    EXPECT_EQ(sweep(local("2026-06-02 10:00")).candidates, 1);
}

TEST_F(SlaSweepTest, ImportedEventsAreEvaluatedByTheNextSweep)
{
    const Ticket t = create("CC", Priority::P1, local("2026-06-01 09:00"));
    ImportService import(*store);
    auto report = import.importData(ImportKind::Events,
                                    QStringLiteral("ticket_no,at,action\n%1,2026-06-01 09:50,assess\n"
                                                   "%1,2026-06-01 10:00,resolve\n")
                                        .arg(t.number)
                                        .toUtf8(),
                                    QStringLiteral("events.csv"), false);
    ASSERT_TRUE(report.problems.isEmpty()) << qPrintable(report.problems.first().text());
    SlaSweepSummary s = sweep(local("2026-06-02 09:00"));
    EXPECT_EQ(s.candidates, 1); // resolved, but changed since its clocks were stored
    EXPECT_EQ(s.stats.newBreaches[0], 1);
    EXPECT_EQ(nextDueAt(t), std::nullopt);
    EXPECT_EQ(sweep(local("2026-06-02 10:00")).candidates, 0);
}

TEST_F(SlaSweepTest, BreachIsNeitherTypedNorImported)
{
    const Ticket t = create("CC", Priority::P1, local("2026-06-01 09:00"));
    auto typed = tickets().act({t.number, Action::Breach, QStringLiteral("response"), {}, std::nullopt, std::nullopt},
                               QStringLiteral("li.01"));
    ASSERT_FALSE(typed.ok());
    EXPECT_EQ(typed.error().kind, Error::Kind::BadInput);

    ImportService import(*store);
    auto report = import.importData(
        ImportKind::Events,
        QStringLiteral("ticket_no,at,action,value\n%1,2026-06-01 09:50,breach,response\n").arg(t.number).toUtf8(),
        QStringLiteral("events.csv"), false);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().where, QStringLiteral("events.csv:2"));
    EXPECT_TRUE(report.problems.first().message.contains(QStringLiteral("breach")));
    EXPECT_TRUE(tickets().history(t)->isEmpty());
}

// The seeder stores what a sweep would: sweeping at the end of its window finds nothing to add.
TEST(SlaSeeded, SeedingStoresWhatTheSweepWould)
{
    TempDatabase db;
    auto store = db.open();
    ASSERT_TRUE(store);
    DemoSeeder::Options o;
    o.tickets = 3000;
    o.from = local("2025-12-01");
    o.to = local("2026-06-01");
    ASSERT_TRUE(DemoSeeder(*store).run(o).ok());
    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE sla_version IS NOT version OR "
                                      "sla_policy_id IS NULL")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();
    const qint64 breaches = *store->sla().breaches().count();
    EXPECT_GT(breaches, 100); // a realistic spread of late tickets
    EXPECT_GT(*store->sla().compensations().count(std::nullopt), 10);

    FixedClock clock(o.to);
    auto s = SlaService(*store, clock).sweep(o.to);
    ASSERT_TRUE(s.ok());
    EXPECT_GT(s->candidates, 0); // the tickets still open at the end of the window
    EXPECT_EQ(s->stats.newBreachesTotal(), 0);
    EXPECT_EQ(s->stats.overrunsFinalized, 0);
    EXPECT_EQ(s->stats.nextDueUpdated, 0);
    EXPECT_EQ(s->stats.compensationsSuggested + s->stats.compensationsUpdated, 0);
    EXPECT_EQ(*store->sla().breaches().count(), breaches);
}
