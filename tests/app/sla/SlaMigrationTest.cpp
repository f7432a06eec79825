#include "SlaFixture.h"
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/HolidayList.h"
#include "storage/sqlite/Migrator.h"

using namespace ingot;
using namespace ingot::test;

// A desk still on schema 2 (before SLA policies) with a ticket in progress upgrades: the ticket falls
// under the default policy, the built-in calendars and the shipped holidays are there as data, and
// the first sweep stores its clocks.
TEST(SlaMigration, SchemaTwoDatabaseUpgrades)
{
    TempDatabase db;
    {
        auto c = SqliteConnection::open(db.path(), true, false);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE((*c)->configure().ok());
        ASSERT_TRUE(Migrator::migrate(**c, 0, 2).ok());
        ASSERT_TRUE(
            (*c)->execScript(
                    QStringLiteral("INSERT INTO customers (id, code, name, region, province, tier) "
                                   "VALUES (1, 'C1', '天能', 'East', '浙江', 'C');"
                                   "INSERT INTO tickets (id, ticket_no, customer_id, category, priority, channel, "
                                   "title, reported_at, tier, region, stage, resume_stage, last_event_at, version) "
                                   "VALUES (1, 'T2026-000001', 1, 'oxidation', 'P3', 'phone', '发白', %1, 'C', "
                                   "'East', 'reported', 'reported', %1, 1);")
                        .arg(local("2026-06-05 16:30")))
                .ok());
    }
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 3);

    auto policies = store->sla().policies().all();
    ASSERT_TRUE(policies.ok());
    ASSERT_EQ(policies->size(), 1);
    SlaPolicy expected = SlaPolicy::defaults();
    expected.id = 1;
    EXPECT_EQ(policies->first(), expected); // the spec's table, every cell

    auto calendars = store->sla().calendars().all();
    ASSERT_TRUE(calendars.ok());
    ASSERT_EQ(calendars->size(), 3);
    for (const CalendarDefinition& c : *calendars) {
        auto builtin = BuiltinCalendars::byName(c.name);
        ASSERT_TRUE(builtin) << qPrintable(c.name);
        EXPECT_EQ(c.week, builtin->week()) << qPrintable(c.name);
        EXPECT_EQ(c.observeHolidays, builtin->observeHolidays()) << qPrintable(c.name);
    }

    // The shipped holidays are rows now, the same as the compiled-in list.
    auto holidays = store->holidays().all();
    ASSERT_TRUE(holidays.ok());
    const QList<CalendarException>& shipped = HolidayList::shipped().entries();
    ASSERT_EQ(holidays->size(), shipped.size());
    for (qsizetype i = 0; i < shipped.size(); ++i) {
        EXPECT_EQ(holidays->at(i).date, shipped.at(i).date.toString(Qt::ISODate));
        EXPECT_EQ(holidays->at(i).workday, shipped.at(i).kind == DayKind::Workday);
        EXPECT_EQ(holidays->at(i).name, shipped.at(i).name);
        EXPECT_TRUE(holidays->at(i).calendar.isEmpty());
    }

    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sla_policy_id, sla_version, next_due_at FROM tickets")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_TRUE(q.value(1).isNull()); // not evaluated yet: the next sweep picks it up
    q.finish();

    FixedClock clock(local("2026-06-08 09:00"));
    auto swept = SlaService(*store, clock).sweep(clock.now());
    ASSERT_TRUE(swept.ok());
    EXPECT_EQ(swept->candidates, 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sla_version, next_due_at FROM tickets")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toLongLong(), local("2026-06-08 09:30")); // Friday 16:30 + 120 min on 8x5
}
