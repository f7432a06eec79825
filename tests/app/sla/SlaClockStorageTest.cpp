#include "SlaFixture.h"
#include "app/io/ImportService.h"
#include "app/io/TicketJson.h"
#include "core/sla/SlaClock.h"

#include <QJsonArray>

using namespace ingot;
using namespace ingot::test;

namespace {
class SlaClockStorageTest : public SlaFixture {};
} // namespace

// Tier A (24x7), P2: response 60, assessment 120, resolution 1440 minutes.
TEST_F(SlaClockStorageTest, WaitPausesAndReopenRestartsTheResolutionClock)
{
    const Ticket t = create("CA", Priority::P2, local("2026-06-01 00:00"));
    EXPECT_EQ(nextDueAt(t), local("2026-06-01 01:00")); // the response is due first
    act(t, Action::Assess, local("2026-06-01 01:00"));  // stops response and assessment (met)
    EXPECT_EQ(nextDueAt(t), local("2026-06-02 00:00"));
    act(t, Action::Wait, local("2026-06-01 02:00")); // resolution: 120 min used, paused
    EXPECT_EQ(nextDueAt(t), std::nullopt);           // nothing runs while the customer is awaited
    clock.set(local("2026-06-01 11:00"));
    TicketSla waiting = sla(t);
    EXPECT_EQ(waiting.clocks.clocks.resolution.state, ClockState::Paused);
    EXPECT_EQ(waiting.clocks.clocks.resolution.elapsedSeconds, 120 * 60);

    act(t, Action::Resume, local("2026-06-01 12:00"));
    EXPECT_EQ(nextDueAt(t), local("2026-06-02 10:00")); // 12:00 + the remaining 1320 min
    act(t, Action::Resolve, local("2026-06-01 20:00")); // 120 + 480 = 600 min: met
    EXPECT_EQ(nextDueAt(t), std::nullopt);
    EXPECT_EQ(sla(t).clocks.clocks.resolution.state, ClockState::Met);

    act(t, Action::Reopen, local("2026-06-03 00:00"));  // resolve..reopen is not counted
    EXPECT_EQ(nextDueAt(t), local("2026-06-03 14:00")); // 840 min left
    clock.set(local("2026-06-03 11:00"));               // 600 + 660 = 1260 of 1440: at risk (>= 75%)
    EXPECT_EQ(sla(t).clocks.clocks.resolution.state, ClockState::AtRisk);
}

TEST_F(SlaClockStorageTest, AReplayedHistoryGivesTheSameClocks)
{
    const Ticket t = create("CB", Priority::P3, local("2026-06-01 19:00"));
    act(t, Action::Dispatch, local("2026-06-01 19:05"), QStringLiteral("li.01"));
    act(t, Action::Respond, local("2026-06-02 09:00"));
    sweep(local("2026-06-02 12:00")); // assessment breached: a breach event joins the history
    act(t, Action::Assess, local("2026-06-02 13:00"));
    act(t, Action::Wait, local("2026-06-02 14:00"));
    act(t, Action::Resume, local("2026-06-03 10:00"));
    act(t, Action::Resolve, local("2026-06-04 10:00"));
    act(t, Action::Reopen, local("2026-06-05 10:00"));
    clock.set(local("2026-06-06 10:00"));
    const TicketSla original = sla(t);
    ASSERT_FALSE(breachEvents(t).isEmpty());

    // The same people's events into another desk through an events file.
    TempDatabase other;
    auto copy = other.open();
    ASSERT_TRUE(copy);
    ImportService import(*copy);
    const QByteArray setup[] = {
        "code,name,region,province,tier\nCB,测试客户 CB,华东,江苏,B\n",
        "login,name,region\nli.01,李强,华东\n",
    };
    ASSERT_TRUE(import.importData(ImportKind::Customers, setup[0], QStringLiteral("c.csv"), false).committed);
    ASSERT_TRUE(import.importData(ImportKind::Technicians, setup[1], QStringLiteral("t.csv"), false).committed);
    QString tickets =
        QStringLiteral("ticket_no,customer_code,category,priority,title,reported_at\n%1,CB,other,P3,x,%2\n")
            .arg(t.number, Instant::format(local("2026-06-01 19:00")));
    QString events = QStringLiteral("ticket_no,at,action,value\n");
    const auto history = TicketService(*store, clock).history(t);
    ASSERT_TRUE(history.ok());
    for (const TicketEvent& e : *history)
        if (!isSystemAction(e.action))
            events +=
                QStringLiteral("%1,%2,%3,%4\n").arg(t.number, Instant::format(e.at), actionKey(e.action), e.value);
    ASSERT_TRUE(import.importData(ImportKind::Tickets, tickets.toUtf8(), QStringLiteral("k.csv"), false).committed);
    auto r = import.importData(ImportKind::Events, events.toUtf8(), QStringLiteral("e.csv"), false);
    ASSERT_TRUE(r.committed) << qPrintable(r.problems.value(0).text());

    TicketService replayedTickets(*copy, clock);
    auto replayed = replayedTickets.find(t.number);
    ASSERT_TRUE(replayed.ok());
    auto replayedSla = SlaService(*copy, clock).ticketSla(*replayed, *replayedTickets.history(*replayed));
    ASSERT_TRUE(replayedSla.ok());
    EXPECT_EQ(replayedSla->clocks.clocks, original.clocks.clocks);
    EXPECT_EQ(replayedSla->clocks.nextDue, original.clocks.nextDue);

    // And the sweep of the replayed desk stores what the original stored.
    clock.set(local("2026-06-06 10:00"));
    auto swept = SlaService(*copy, clock).sweep(local("2026-06-06 10:00"));
    ASSERT_TRUE(swept.ok());
    sweep(local("2026-06-06 10:00"));
    auto a = store->sla().breaches().forTicket(t.id);
    auto b = copy->sla().breaches().forTicket(replayed->id);
    ASSERT_EQ(a->size(), b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        EXPECT_EQ(a->at(i).metric, b->at(i).metric);
        EXPECT_EQ(a->at(i).breachedAt, b->at(i).breachedAt);
    }
}

TEST_F(SlaClockStorageTest, TicketShowJsonHasTheClocks)
{
    const Ticket t = create("CC", Priority::P3, local("2026-06-05 16:30")); // Friday, 8x5
    clock.set(local("2026-06-08 09:00")); // Monday: 60 + 30 = 90 of 120 response minutes
    auto ticket = tickets().find(t.number);
    const QJsonObject json = TicketJson::ticket(*ticket, *tickets().history(*ticket), *store, clock);
    const QJsonObject clocks = json.value(QStringLiteral("clocks")).toObject();
    const QJsonObject response = clocks.value(QStringLiteral("response")).toObject();
    EXPECT_EQ(response.value(QStringLiteral("state")).toString(), QStringLiteral("at_risk"));
    EXPECT_EQ(response.value(QStringLiteral("target_minutes")).toDouble(), 120);
    EXPECT_EQ(response.value(QStringLiteral("elapsed_minutes")).toDouble(), 90);
    EXPECT_EQ(response.value(QStringLiteral("due_at")).toString(), QStringLiteral("2026-06-08T09:30:00+08:00"));
    EXPECT_TRUE(response.value(QStringLiteral("breached_at")).isNull());
    EXPECT_TRUE(response.value(QStringLiteral("overrun_minutes")).isNull());
    for (const char* key : {"assessment", "resolution"})
        EXPECT_TRUE(clocks.value(QLatin1String(key)).isObject()) << key;
    EXPECT_EQ(json.value(QStringLiteral("next_due_at")).toString(), QStringLiteral("2026-06-08T09:30:00+08:00"));
    const QJsonObject policy = json.value(QStringLiteral("sla_policy")).toObject();
    EXPECT_EQ(policy.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
    EXPECT_EQ(policy.value(QStringLiteral("calendar")).toString(), QStringLiteral("8x5"));
    EXPECT_TRUE(json.value(QStringLiteral("compensation")).isNull());
}
