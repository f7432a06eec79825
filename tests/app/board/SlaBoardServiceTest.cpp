#include "app/board/SlaBoardService.h"

#include "app/seed/DemoSeeder.h"
#include "app/sla/SlaService.h"
#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/SqlRows.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace ingot;
using namespace ingot::test;

namespace {
qint64 local(const char* text)
{
    return *Instant::parse(QString::fromLatin1(text));
}

// What the clock engine says about one open ticket as of now.
struct EngineView {
    Tier tier = Tier::C;
    Region region = Region::East;
    bool overdue = false;             // a running clock over its target
    bool atRisk = false;              // otherwise, a running clock at risk
    std::optional<qint64> breachedAt; // earliest breach instant of a running clock
    std::optional<qint64> nextDue;    // earliest due instant of a running clock
};

class SlaBoardServiceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_db = new TempDatabase;
        auto store = s_db->open();
        ASSERT_TRUE(store);
        DemoSeeder::Options o;
        o.tickets = 3000;
        o.seed = 7;
        o.from = local("2026-04-01T00:00:00+08:00");
        o.to = local("2026-06-10T10:00:00+08:00"); // a Wednesday
        auto seeded = DemoSeeder(*store).run(o);
        ASSERT_TRUE(seeded.ok()) << qPrintable(seeded.error().text());
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        s_db = nullptr;
    }

    void SetUp() override
    {
        store = s_db->open();
        ASSERT_TRUE(store);
        board = store->boardReads();
    }

    BoardSnapshot snapshotAt(qint64 now, const BoardFilter& filter = {}, int limit = 20)
    {
        FixedClock clock(now);
        SlaBoardService service(*store, *board, clock);
        auto s = service.snapshot(filter, limit);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : qPrintable(s.error().text()));
        return s.ok() ? *s : BoardSnapshot{};
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(store->connection().database());
        EXPECT_TRUE(q.exec(sql)) << qPrintable(sql);
        EXPECT_TRUE(q.next());
        return q.value(0).toLongLong();
    }

    QStringList strings(const QString& sql)
    {
        QSqlQuery q(store->connection().database());
        EXPECT_TRUE(q.exec(sql)) << qPrintable(sql);
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // Replays every open ticket through SlaService, as the detail view does.
    QHash<QString, EngineView> engine(qint64 now)
    {
        FixedClock clock(now);
        TicketService tickets(*store, clock);
        SlaService sla(*store, clock);
        QHash<QString, EngineView> out;
        for (const QString& number :
             strings(QStringLiteral("SELECT ticket_no FROM tickets WHERE stage IN (%1)").arg(openStagesSqlList()))) {
            auto t = tickets.find(number);
            EXPECT_TRUE(t.ok());
            auto history = tickets.history(*t);
            auto clocks = sla.ticketSla(*t, *history);
            EXPECT_TRUE(clocks.ok());
            EngineView v;
            v.tier = t->tier;
            v.region = t->region;
            const SlaSnapshot& c = clocks->clocks.clocks;
            for (const ClockEvaluation* e : {&c.response, &c.assessment, &c.resolution}) {
                if (e->phase != ClockPhase::Running)
                    continue;
                if (e->state == ClockState::Breached) {
                    v.overdue = true;
                    if (!v.breachedAt || *e->breachedAt < *v.breachedAt)
                        v.breachedAt = e->breachedAt;
                }
                if (e->state == ClockState::AtRisk)
                    v.atRisk = true;
            }
            v.atRisk = v.atRisk && !v.overdue;
            v.nextDue = c.nextDue();
            out.insert(number, v);
        }
        return out;
    }

    static TempDatabase* s_db;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SlaBoardRepository> board;
};
TempDatabase* SlaBoardServiceTest::s_db = nullptr;

const char* const kNows[] = {"2026-06-10T10:00:00+08:00", "2026-06-10T19:30:00+08:00", "2026-06-13T11:00:00+08:00",
                             "2026-06-15T08:40:00+08:00"};
} // namespace

TEST_F(SlaBoardServiceTest, OpenCountsMatchDirectSql)
{
    const BoardSnapshot s = snapshotAt(local(kNows[0]));
    const QString open = openStagesSqlList();
    EXPECT_GT(s.total().open, 20);
    EXPECT_EQ(s.total().open, count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1)").arg(open)));
    for (Tier t : allTiers())
        EXPECT_EQ(s.tier(t).open,
                  count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1) AND tier = '%2'")
                            .arg(open, tierKey(t))));
    qint64 byRegion = 0;
    for (const RegionOpen& r : s.openByRegion) {
        const qint64 direct = count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1) AND region = '%2'")
                                        .arg(open, regionKey(r.region)));
        EXPECT_EQ(r.byTier[0] + r.byTier[1] + r.byTier[2], direct) << qPrintable(regionKey(r.region));
        byRegion += direct;
    }
    EXPECT_EQ(byRegion, s.total().open);
}

TEST_F(SlaBoardServiceTest, AtRiskAndOverdueAgreeWithTheEngine)
{
    qint64 seenAtRisk = 0;
    qint64 seenOverdue = 0;
    for (const char* nowText : kNows) {
        const qint64 now = local(nowText);
        const BoardSnapshot s = snapshotAt(now);
        const auto views = engine(now);
        std::array<qint64, 3> atRisk{};
        std::array<qint64, 3> overdue{};
        for (const EngineView& v : views) {
            atRisk[static_cast<size_t>(v.tier)] += v.atRisk;
            overdue[static_cast<size_t>(v.tier)] += v.overdue;
        }
        for (Tier t : allTiers()) {
            EXPECT_EQ(s.tier(t).atRisk, atRisk[static_cast<size_t>(t)])
                << nowText << " tier " << qPrintable(tierKey(t));
            EXPECT_EQ(s.tier(t).overdue, overdue[static_cast<size_t>(t)])
                << nowText << " tier " << qPrintable(tierKey(t));
        }
        seenAtRisk += s.total().atRisk;
        seenOverdue += s.total().overdue;
    }
    EXPECT_GT(seenAtRisk, 0) << "the seeded data should exercise at risk";
    EXPECT_GT(seenOverdue, 0) << "the seeded data should exercise overdue";
}

// The board decides "at risk" from next_due_at and lines computed for now; the queue's countdown and
// the desk's notices compare now with the stored next_at_risk_at. Both must name the same tickets:
// at risk or overdue on the board exactly when next_at_risk_at <= now.
TEST_F(SlaBoardServiceTest, AtRiskAgreesWithTheStoredAtRiskInstant)
{
    const QString open = openStagesSqlList();
    qint64 seen = 0;
    for (const char* nowText : kNows) {
        const qint64 now = local(nowText);
        const BoardSnapshot s = snapshotAt(now);
        for (Tier t : allTiers()) {
            const qint64 stored =
                count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1) AND tier = '%2' "
                                     "AND next_at_risk_at <= %3")
                          .arg(open, tierKey(t))
                          .arg(now));
            EXPECT_EQ(s.tier(t).atRisk + s.tier(t).overdue, stored) << nowText << " tier " << qPrintable(tierKey(t));
            seen += s.tier(t).atRisk;
        }
        // A running clock has both instants, the at-risk one first.
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE (next_due_at IS NULL) <> "
                                       "(next_at_risk_at IS NULL) OR next_at_risk_at > next_due_at")),
                  0);
    }
    EXPECT_GT(seen, 0);
}

TEST_F(SlaBoardServiceTest, BreachedTodayAndThisMonthCountTicketsOnce)
{
    for (const char* nowText : {kNows[0], kNows[2]}) {
        const qint64 now = local(nowText);
        const BoardSnapshot s = snapshotAt(now);
        const BoardPeriods p = BoardPeriods::at(now);
        // Recorded breaches, plus running clocks the engine finds over but nobody recorded.
        QHash<QString, qint64> firstToday;
        QSet<QString> month;
        QSet<QString> today;
        QSqlQuery q(store->connection().database());
        ASSERT_TRUE(q.exec(
            QStringLiteral("SELECT t.ticket_no, b.breached_at FROM sla_breaches b JOIN tickets t ON t.id = b.ticket_id "
                           "WHERE b.breached_at >= %1 AND b.breached_at <= %2")
                .arg(p.monthStart)
                .arg(now)));
        while (q.next()) {
            month.insert(q.value(0).toString());
            if (q.value(1).toLongLong() >= p.dayStart)
                today.insert(q.value(0).toString());
        }
        const auto views = engine(now);
        for (auto it = views.begin(); it != views.end(); ++it) {
            if (it->breachedAt && *it->breachedAt >= p.monthStart) {
                month.insert(it.key());
                if (*it->breachedAt >= p.dayStart)
                    today.insert(it.key());
            }
        }
        EXPECT_EQ(s.total().breachedMonth, month.size()) << nowText;
        EXPECT_EQ(s.total().breachedToday, today.size()) << nowText;
        EXPECT_GT(s.total().breachedMonth, 0);
    }
}

TEST_F(SlaBoardServiceTest, NextToBreachIsNearestDueFirstAndNotYetOver)
{
    for (const char* nowText : kNows) {
        const qint64 now = local(nowText);
        const BoardSnapshot s = snapshotAt(now, {}, 15);
        const auto views = engine(now);
        QList<QPair<qint64, QString>> expected;
        for (auto it = views.begin(); it != views.end(); ++it)
            if (!it->overdue && it->nextDue)
                expected << qMakePair(*it->nextDue, it.key());
        std::sort(expected.begin(), expected.end());
        ASSERT_EQ(s.next.size(), std::min<qsizetype>(15, expected.size())) << nowText;
        for (qsizetype i = 0; i < s.next.size(); ++i) {
            EXPECT_EQ(s.next.at(i).dueAt, expected.at(i).first) << nowText << " row " << i;
            EXPECT_EQ(s.next.at(i).atRisk, views.value(s.next.at(i).number).atRisk) << nowText << " row " << i;
            if (i > 0) {
                EXPECT_LE(s.next.at(i - 1).dueAt, s.next.at(i).dueAt);
            }
            EXPECT_FALSE(s.next.at(i).customer.isEmpty());
        }
    }
}

TEST_F(SlaBoardServiceTest, FiltersNarrowEveryFigure)
{
    const qint64 now = local(kNows[0]);
    const BoardSnapshot all = snapshotAt(now);
    BoardFilter east;
    east.region = Region::East;
    const BoardSnapshot s = snapshotAt(now, east);
    EXPECT_EQ(s.total().open, count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1) AND region = '%2'")
                                        .arg(openStagesSqlList(), regionKey(Region::East))));
    EXPECT_LT(s.total().open, all.total().open);
    for (const NextBreach& n : s.next)
        EXPECT_EQ(n.region, Region::East);
    for (const RegionOpen& r : s.openByRegion)
        if (r.region != Region::East) {
            EXPECT_EQ(r.byTier[0] + r.byTier[1] + r.byTier[2], 0);
        }

    BoardFilter tierA;
    tierA.tier = Tier::A;
    const BoardSnapshot a = snapshotAt(now, tierA);
    EXPECT_EQ(a.total(), all.tier(Tier::A));

    const QStringList teams = *board->teams();
    ASSERT_FALSE(teams.isEmpty());
    BoardFilter team;
    team.team = teams.first();
    const BoardSnapshot t = snapshotAt(now, team);
    EXPECT_EQ(t.total().open, count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE stage IN (%1) AND assignee IN "
                                                   "(SELECT login FROM technicians WHERE team = '%2')")
                                        .arg(openStagesSqlList(), teams.first())));
}

TEST_F(SlaBoardServiceTest, ComplianceDaysMatchDirectSql)
{
    const qint64 now = local(kNows[0]);
    const BoardSnapshot s = snapshotAt(now);
    ASSERT_EQ(s.days.size(), 30);
    const DailyCompliance& d = s.days.at(20);
    const QString cohort =
        QStringLiteral("FROM tickets t WHERE t.reported_at >= %1 AND t.reported_at < %2 AND t.stage <> 'cancelled'")
            .arg(d.dayStart)
            .arg(d.dayStart + 86400);
    const QString breached =
        QStringLiteral(" AND EXISTS (SELECT 1 FROM sla_breaches b WHERE b.ticket_id = t.id AND b.metric = '%1')");
    EXPECT_EQ(d.responseBreached,
              count(QStringLiteral("SELECT COUNT(*) ") + cohort + breached.arg(QStringLiteral("response"))));
    EXPECT_EQ(d.resolutionBreached,
              count(QStringLiteral("SELECT COUNT(*) ") + cohort + breached.arg(QStringLiteral("resolution"))));
    EXPECT_EQ(d.responseMet, count(QStringLiteral("SELECT COUNT(*) ") + cohort +
                                   QStringLiteral(" AND t.first_response_at IS NOT NULL AND NOT ") +
                                   breached.mid(5).arg(QStringLiteral("response"))));
    EXPECT_GT(d.responseMet + d.responseBreached, 0);
}

TEST(SlaBoardMigrationTest, SchemaOneGainsTheBoardIndex)
{
    TempDatabase db;
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), db.path()));
    QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto store = db.open();
    ASSERT_TRUE(store);
    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'tickets_board'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    auto board = store->boardReads();
    FixedClock clock(local("2026-06-10T10:00:00+08:00"));
    SlaBoardService service(*store, *board, clock);
    EXPECT_TRUE(service.snapshot({}).ok());
}
