#include "SlaFixture.h"
#include "app/io/ImportService.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class SlaPolicyChangeTest : public SlaFixture {
protected:
    SlaPolicy stricter(qint64 from)
    {
        SlaPolicy p = SlaPolicy::defaults();
        p.name = QStringLiteral("2026 H2");
        p.effectiveFrom = from;
        p.targetsFor(Tier::C, Priority::P3).responseMinutes = 45;
        p.atRiskPercent = 50;
        return p;
    }
};
} // namespace

TEST_F(SlaPolicyChangeTest, AppliesOnlyToTicketsReportedAfterIt)
{
    const Ticket before = create("CC", Priority::P3, local("2026-06-01 09:00"));
    clock.set(local("2026-06-01 10:00"));
    auto added = service().addPolicy(stricter(local("2026-06-01 12:00")), QStringLiteral("admin"));
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().text());
    EXPECT_EQ(added->id, 2);

    const Ticket after = create("CC", Priority::P3, local("2026-06-01 13:00"));
    EXPECT_EQ(column(before, "sla_policy_id").toLongLong(), 1);
    EXPECT_EQ(column(after, "sla_policy_id").toLongLong(), 2);
    EXPECT_EQ(nextDueAt(after), local("2026-06-01 13:45"));
    EXPECT_EQ(nextDueAt(before), local("2026-06-01 11:00")); // still the default 120 minutes

    // An action on the old ticket after the change keeps its policy.
    act(before, Action::Dispatch, local("2026-06-01 13:10"), QStringLiteral("li.01"));
    const TicketSla old = sla(before);
    EXPECT_EQ(old.clocks.policy.id, 1);
    EXPECT_EQ(old.clocks.clocks.response.targetSeconds, 120 * 60);
    const TicketSla fresh = sla(after);
    EXPECT_EQ(fresh.clocks.policy.name, QStringLiteral("2026 H2"));
    EXPECT_EQ(fresh.clocks.clocks.response.targetSeconds, 45 * 60);

    // A ticket imported today but reported before the change falls under the old policy.
    ImportService import(*store);
    auto r = import.importData(ImportKind::Tickets,
                               "ticket_no,customer_code,category,priority,title,reported_at\n"
                               "T2026-009000,CC,other,P3,补录,2026-06-01 11:59\n",
                               QStringLiteral("k.csv"), false);
    ASSERT_TRUE(r.committed);
    sweep(local("2026-06-01 14:00"));
    auto imported = tickets().find(QStringLiteral("T2026-009000"));
    EXPECT_EQ(column(*imported, "sla_policy_id").toLongLong(), 1);
}

TEST_F(SlaPolicyChangeTest, ANewPolicyCannotStartInThePastOrNameAnUnknownCalendar)
{
    clock.set(local("2026-06-01 10:00"));
    auto past = service().addPolicy(stricter(local("2026-06-01 09:00")), QStringLiteral("admin"));
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.error().kind, Error::Kind::BadInput);

    SlaPolicy p = stricter(local("2026-06-02 00:00"));
    p.calendarByTier[2] = QStringLiteral("6x6");
    auto unknown = service().addPolicy(p, QStringLiteral("admin"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("6x6")));

    SlaPolicy zero = stricter(local("2026-06-02 00:00"));
    zero.targetsFor(Tier::A, Priority::P1).resolutionMinutes = 0;
    EXPECT_FALSE(service().addPolicy(zero, QStringLiteral("admin")).ok());
    EXPECT_EQ(service().policies()->size(), 1);
}

TEST_F(SlaPolicyChangeTest, HolidaysApplyToTheCalendarsThatObserveThem)
{
    // Monday 2026-06-08 made a holiday for everyone, and Tuesday for 12x7 only (which ignores it).
    Status st = store->write([&]() -> Status {
        if (auto a = store->holidays().upsert({QStringLiteral("2026-06-08"), false, QStringLiteral("停电"), {}}); !a)
            return a;
        return store->holidays().upsert(
            {QStringLiteral("2026-06-09"), false, QStringLiteral("x"), QStringLiteral("12x7")});
    });
    ASSERT_TRUE(st.ok());
    auto eightFive = service().calendar(QStringLiteral("8x5"));
    ASSERT_TRUE(eightFive.ok());
    EXPECT_TRUE(eightFive->hoursOn(QDate(2026, 6, 8)).isEmpty());
    EXPECT_FALSE(eightFive->hoursOn(QDate(2026, 6, 9)).isEmpty());
    EXPECT_TRUE(eightFive->hoursOn(QDate(2026, 10, 1)).isEmpty());   // shipped National Day, from the table
    EXPECT_FALSE(eightFive->hoursOn(QDate(2026, 10, 10)).isEmpty()); // make-up Saturday
    auto twelveSeven = service().calendar(QStringLiteral("12x7"));
    EXPECT_FALSE(twelveSeven->hoursOn(QDate(2026, 6, 8)).isEmpty());
    EXPECT_FALSE(twelveSeven->hoursOn(QDate(2026, 6, 9)).isEmpty());

    // A ticket's clocks follow: Friday 16:30 + 120 min on 8x5 is now Tuesday 09:30.
    const Ticket t = create("CC", Priority::P3, local("2026-06-05 16:30"));
    EXPECT_EQ(nextDueAt(t), local("2026-06-09 09:30"));
}
