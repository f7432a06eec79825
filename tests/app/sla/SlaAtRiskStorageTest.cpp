// tickets.next_at_risk_at (schema 11): stored beside next_due_at by every evaluation (create, each
// action, the sweep), worked out by hand on the 8x5 calendar, and filled in for the open tickets of
// an older database by the first sweep after migrating. 2026-06-01 is a Monday.
#include "SlaFixture.h"
#include "storage/sqlite/Migrator.h"

#include <QFile>

using namespace ingot;
using namespace ingot::test;

namespace {
class SlaAtRiskStorageTest : public SlaFixture {
protected:
    std::optional<qint64> nextAtRiskAt(const Ticket& t)
    {
        const QVariant v = column(t, "next_at_risk_at");
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
};

std::string show(std::optional<qint64> instant)
{
    return instant ? Instant::format(*instant).toStdString() : std::string("none");
}
} // namespace

TEST_F(SlaAtRiskStorageTest, StoredWithEveryEvaluation)
{
    // Tier C (8x5), P3: response 120, assessment 180, resolution 2880 service minutes; at risk from 75%.
    // Reported Mon 10:00. The response leads: due 12:00, at risk after 90 min, 11:30.
    const Ticket t = create("CC", Priority::P3, local("2026-06-01 10:00"));
    EXPECT_EQ(show(nextDueAt(t)), show(local("2026-06-01 12:00")));
    EXPECT_EQ(show(nextAtRiskAt(t)), show(local("2026-06-01 11:30")));

    // Contacted at 10:30: the assessment leads. 180 min from 10:00 are 120 before lunch and 60 after,
    // due 14:00; 135 min (75%) are used at 13:15, not at 75% of the wall-clock span (13:00).
    const Ticket responded = act(t, Action::Respond, local("2026-06-01 10:30"));
    EXPECT_EQ(show(nextDueAt(responded)), show(local("2026-06-01 14:00")));
    EXPECT_EQ(show(nextAtRiskAt(responded)), show(local("2026-06-01 13:15")));

    // Assessed Mon 11:00: only the resolution runs, 2880 min since Mon 10:00, at risk after 2160.
    // 8x5 serves 480 min a day; Monday from 10:00 gives 390 (10:00-12:00, 13:00-17:30). Tue, Wed, Thu
    // add 1440 (1830), Friday's 330 more are 210 before lunch and 120 after: Fri 15:00. Due after
    // 2880: 2310 by Friday evening, 480 on Monday 06-08, 90 more on Tuesday 06-09: 10:00.
    const Ticket assessed = act(responded, Action::Assess, local("2026-06-01 11:00"));
    EXPECT_EQ(show(nextAtRiskAt(assessed)), show(local("2026-06-05 15:00")));
    EXPECT_EQ(show(nextDueAt(assessed)), show(local("2026-06-09 10:00")));

    // Waiting for the customer pauses it: nothing runs, nothing is stored.
    const Ticket waiting = act(assessed, Action::Wait, local("2026-06-01 15:00"));
    EXPECT_EQ(nextDueAt(waiting), std::nullopt);
    EXPECT_EQ(nextAtRiskAt(waiting), std::nullopt);

    // Resumed Wed 08:30 with 240 min used (10:00-12:00 and 13:00-15:00): 1920 more to at risk are
    // Wed, Thu, Fri and Mon 06-08 exactly, reached at Monday's closing time, 17:30 (not Tuesday 08:30).
    const Ticket resumed = act(waiting, Action::Resume, local("2026-06-03 08:30"));
    EXPECT_EQ(show(nextAtRiskAt(resumed)), show(local("2026-06-08 17:30")));

    // The sweep stores the same instant and changes nothing when run again.
    sweep(local("2026-06-03 09:00"));
    EXPECT_EQ(show(nextAtRiskAt(resumed)), show(local("2026-06-08 17:30")));
}

// An open ticket on a schema-10 database has next_due_at but no at-risk instant. Migrating marks its
// clocks as not stored, so the first sweep evaluates it again, as after an events import; a closed
// ticket has nothing running and is left alone.
TEST(SlaAtRiskMigration, SchemaTenDatabaseGetsTheInstantsFromTheFirstSweep)
{
    TempDatabase db;
    const qint64 reported = local("2026-06-01 10:00");
    {
        auto c = SqliteConnection::open(db.path(), true, false);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE((*c)->configure().ok());
        ASSERT_TRUE(Migrator::migrate(**c, 0, 10).ok());
        ASSERT_TRUE(
            (*c)->execScript(
                    QStringLiteral(
                        "INSERT INTO customers (id, code, name, region, province, tier) "
                        "VALUES (1, 'C1', '天能', 'East', '浙江', 'C');"
                        "INSERT INTO tickets (id, ticket_no, customer_id, category, priority, channel, title, "
                        "reported_at, tier, region, stage, resume_stage, last_event_at, version, sla_policy_id, "
                        "next_due_at, sla_version) VALUES "
                        "(1, 'T2026-000001', 1, 'oxidation', 'P3', 'phone', '发白', %1, 'C', 'East', 'reported', "
                        "'reported', %1, 1, 1, %2, 1),"
                        "(2, 'T2026-000002', 1, 'oxidation', 'P3', 'phone', '发白', %1, 'C', 'East', 'closed', "
                        "'reported', %1, 1, 1, NULL, 1);"
                        "INSERT INTO ticket_events (ticket_id, at, actor, action, from_stage, to_stage) VALUES "
                        "(1, %1, 'wang', 'report', 'reported', 'reported'),"
                        "(2, %1, 'wang', 'report', 'reported', 'reported');")
                        .arg(reported)
                        .arg(local("2026-06-01 12:00")))
                .ok());
    }
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrator::latestVersion());
    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, sla_version, next_at_risk_at FROM tickets ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(1).isNull()); // on the sweep's list again
    EXPECT_TRUE(q.value(2).isNull());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toInt(), 1); // closed: untouched
    q.finish();

    FixedClock clock(local("2026-06-01 10:10"));
    auto swept = SlaService(*store, clock).sweep(clock.now());
    ASSERT_TRUE(swept.ok()) << qPrintable(swept.error().text());
    EXPECT_EQ(swept->candidates, 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sla_version, next_due_at, next_at_risk_at FROM tickets WHERE id = 1")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toLongLong(), local("2026-06-01 12:00"));
    EXPECT_EQ(q.value(2).toLongLong(), local("2026-06-01 11:30")); // 90 of the 120 response minutes
    q.finish();
}

// The schema-1 file of the storage tests: a tier A (24x7) P2 ticket reported 2025-03-03 17:06:40
// and assessed, so only its resolution runs (1440 min). After migrating all the way, the first sweep
// stores due = report + 24 h and at risk = report + 18 h.
TEST(SlaAtRiskMigration, SchemaOneFileGetsTheInstantsFromTheFirstSweep)
{
    TempDatabase db;
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), db.path()));
    QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto store = db.open();
    ASSERT_TRUE(store);
    FixedClock clock(1741000000 + 3600);
    auto swept = SlaService(*store, clock).sweep(clock.now());
    ASSERT_TRUE(swept.ok()) << qPrintable(swept.error().text());
    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT next_due_at, next_at_risk_at FROM tickets")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1741000000 + 24 * 3600);
    EXPECT_EQ(q.value(1).toLongLong(), 1741000000 + 18 * 3600);
}
