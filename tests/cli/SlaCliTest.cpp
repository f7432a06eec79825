#include "cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
class SlaCliTest : public ::testing::Test {
protected:
    int run(const QStringList& words)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        CliRunner runner(clock, o, e);
        const int code = runner.run(QStringList{QStringLiteral("--db"), db} + words);
        o.flush();
        e.flush();
        return code;
    }
    QString due(const char* calendar, const char* start, const char* minutes)
    {
        EXPECT_EQ(
            run({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"), QLatin1String(calendar),
                 QStringLiteral("--start"), QLatin1String(start), QStringLiteral("--minutes"), QLatin1String(minutes)}),
            0)
            << qPrintable(err);
        return out.trimmed();
    }
    QString elapsed(const char* calendar, const char* from, const char* to)
    {
        EXPECT_EQ(run({QStringLiteral("sla"), QStringLiteral("elapsed"), QStringLiteral("--calendar"),
                       QLatin1String(calendar), QStringLiteral("--from"), QLatin1String(from), QStringLiteral("--to"),
                       QLatin1String(to)}),
                  0)
            << qPrintable(err);
        return out.trimmed();
    }
    void write(const QString& name, const QByteArray& text)
    {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    FixedClock clock{1'780'275'600}; // 2026-06-01 09:00 +08:00, a Monday
    QString out, err;
};
} // namespace

// Worked by hand on the spec's 8x5 (Mon-Fri 08:30-12:00, 13:00-17:30) with the shipped 2026 holidays;
// no database file exists, so the built-in calendars answer.
TEST_F(SlaCliTest, DueByHand)
{
    // Friday 16:30 + 2 service hours: 60 min on Friday, 60 on Monday from 08:30.
    EXPECT_EQ(due("8x5", "2026-06-05T16:30:00+08:00", "120"), QStringLiteral("2026-06-08T09:30:00+08:00"));
    // Exactly reaching noon gives 12:00, not 13:00.
    EXPECT_EQ(due("8x5", "2026-06-01 09:00", "180"), QStringLiteral("2026-06-01T12:00:00+08:00"));
    // From a closed evening the clock starts next morning.
    EXPECT_EQ(due("8x5", "2026-06-01 20:00", "30"), QStringLiteral("2026-06-02T09:00:00+08:00"));
    // National Day 2026: Wednesday 30 Sep 16:30 + 120 skips 1-7 Oct to Thursday the 8th.
    EXPECT_EQ(due("8x5", "2026-09-30 16:30", "120"), QStringLiteral("2026-10-08T09:30:00+08:00"));
    // Friday 9 Oct 16:30 + 120: Saturday the 10th is a make-up workday.
    EXPECT_EQ(due("8x5", "2026-10-09T16:30:00+08:00", "120"), QStringLiteral("2026-10-10T09:30:00+08:00"));
    EXPECT_EQ(due("24x7", "2026-10-09T17:00:00+08:00", "0"), QStringLiteral("2026-10-09T17:00:00+08:00"));
    EXPECT_EQ(due("12x7", "2026-10-01 19:30", "60"), QStringLiteral("2026-10-02T08:30:00+08:00"));
    EXPECT_FALSE(QFile::exists(db)); // answering did not create a desk
}

TEST_F(SlaCliTest, ElapsedByHandTrimmed)
{
    EXPECT_EQ(elapsed("8x5", "2026-06-05 16:00", "2026-06-08 09:00"), QStringLiteral("120"));
    EXPECT_EQ(elapsed("8x5", "2026-06-08 08:30", "2026-06-08 10:00"), QStringLiteral("90"));
    EXPECT_EQ(elapsed("8x5", "2026-06-08 08:30", "2026-06-08T10:00:30+08:00"), QStringLiteral("90.5"));
    EXPECT_EQ(elapsed("8x5", "2026-06-08 08:30", "2026-06-08T10:00:15+08:00"), QStringLiteral("90.25"));
    EXPECT_EQ(elapsed("8x5", "2026-06-08 08:30", "2026-06-08T08:30:01+08:00"), QStringLiteral("0.02"));
    // National Day: 30 min on the 30th, nothing 1-7 Oct, 30 min on the 8th.
    EXPECT_EQ(elapsed("8x5", "2026-09-30 17:00", "2026-10-08 09:00"), QStringLiteral("60"));
    EXPECT_EQ(elapsed("24x7", "2026-10-09 17:00", "2026-10-09 12:00"), QStringLiteral("0"));
}

TEST_F(SlaCliTest, CalendarsComeFromTheDatabaseWithImportedHolidays)
{
    ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
    write(QStringLiteral("h.csv"), "date,kind,name\n2026-06-08,holiday,停电检修\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("holidays"), dir.filePath(QStringLiteral("h.csv"))}), 0)
        << qPrintable(err);
    EXPECT_EQ(due("8x5", "2026-06-05 16:30", "120"), QStringLiteral("2026-06-09T09:30:00+08:00"));
    EXPECT_EQ(due("12x7", "2026-06-07 19:30", "60"), QStringLiteral("2026-06-08T08:30:00+08:00")); // not observed
    EXPECT_EQ(elapsed("8x5", "2026-06-05 16:00", "2026-06-09 09:00"), QStringLiteral("120"));
}

TEST_F(SlaCliTest, BadInputExitsTwo)
{
    const QStringList start{QStringLiteral("--start"), QStringLiteral("2026-06-01 09:00")};
    EXPECT_EQ(run(QStringList{QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"),
                              QStringLiteral("9x9"), QStringLiteral("--minutes"), QStringLiteral("5")} +
                  start),
              2);
    EXPECT_TRUE(err.contains(QStringLiteral("9x9")));
    EXPECT_EQ(run(QStringList{QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"),
                              QStringLiteral("8x5"), QStringLiteral("--minutes"), QStringLiteral("-5")} +
                  start),
              2);
    EXPECT_EQ(run({QStringLiteral("sla"), QStringLiteral("elapsed"), QStringLiteral("--calendar"),
                   QStringLiteral("8x5"), QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                   QStringLiteral("2026-06-01")}),
              2);
    EXPECT_EQ(run({QStringLiteral("sla"), QStringLiteral("frobnicate")}), 2);
    EXPECT_EQ(run({QStringLiteral("sla"), QStringLiteral("sweep")}), 3); // no database yet
}

TEST_F(SlaCliTest, SweepTicketShowPolicyAndCompensation)
{
    ASSERT_EQ(run({QStringLiteral("init")}), 0);
    write(QStringLiteral("c.csv"), "code,name,region,province,tier\nC1,天能电池,华东,浙江,A\n");
    write(QStringLiteral("o.csv"), "order_no,customer_code,grade,batch_no,quantity_t,value_cny\n"
                                   "SO-1,C1,Pb99.994,PB1,10,165000.00\n");
    // Tier A (24x7), P1: response 30, assessment 60, resolution 480 minutes.
    write(QStringLiteral("t.csv"), "ticket_no,customer_code,category,priority,title,reported_at,order_no\n"
                                   "T2026-000001,C1,oxidation,P1,铅锭发白,2026-06-01 00:00,SO-1\n");
    write(QStringLiteral("e.csv"), "ticket_no,at,action\nT2026-000001,2026-06-01 00:10,assess\n"
                                   "T2026-000001,2026-06-01 09:40,resolve\n");
    for (const char* kind : {"customers", "orders", "tickets", "events"})
        ASSERT_EQ(run({QStringLiteral("import"), QLatin1String(kind),
                       dir.filePath(QString::fromLatin1(kind).left(1) + QStringLiteral(".csv"))}),
                  0)
            << kind << qPrintable(err);

    ASSERT_EQ(run({QStringLiteral("sla"), QStringLiteral("sweep"), QStringLiteral("--now"),
                   QStringLiteral("2026-06-01T10:00:00+08:00")}),
              0)
        << qPrintable(err);
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("now")).toString(), QStringLiteral("2026-06-01T10:00:00+08:00"));
    EXPECT_EQ(summary.value(QStringLiteral("tickets")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("new_breaches")).toObject().value(QStringLiteral("resolution")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("compensation")).toObject().value(QStringLiteral("suggested")).toInt(), 1);

    clock.set(clock.now() + 3600); // 10:00: the clocks as of after the resolve
    ASSERT_EQ(run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T2026-000001")}), 0);
    const QJsonObject t = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonObject resolution =
        t.value(QStringLiteral("clocks")).toObject().value(QStringLiteral("resolution")).toObject();
    EXPECT_EQ(resolution.value(QStringLiteral("state")).toString(), QStringLiteral("breached"));
    EXPECT_EQ(resolution.value(QStringLiteral("target_minutes")).toDouble(), 480);
    EXPECT_EQ(resolution.value(QStringLiteral("elapsed_minutes")).toDouble(), 580);
    EXPECT_EQ(resolution.value(QStringLiteral("overrun_minutes")).toDouble(), 100);
    EXPECT_EQ(resolution.value(QStringLiteral("breached_at")).toString(), QStringLiteral("2026-06-01T08:00:00+08:00"));
    EXPECT_TRUE(resolution.value(QStringLiteral("due_at")).isNull()); // stopped
    EXPECT_TRUE(t.value(QStringLiteral("next_due_at")).isNull());
    EXPECT_EQ(t.value(QStringLiteral("sla_policy")).toObject().value(QStringLiteral("id")).toInt(), 1);
    // 100 min over: 2 started hours, 10% of 165,000.00 CNY.
    const QJsonObject compensation = t.value(QStringLiteral("compensation")).toObject();
    EXPECT_EQ(compensation.value(QStringLiteral("credit_fen")).toDouble(), 1'650'000);
    EXPECT_EQ(compensation.value(QStringLiteral("status")).toString(), QStringLiteral("suggested"));
    EXPECT_TRUE(compensation.value(QStringLiteral("final")).toBool());
    int breaches = 0;
    for (const QJsonValue& e : t.value(QStringLiteral("history")).toArray())
        breaches += e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("breach");
    EXPECT_EQ(breaches, 1);

    ASSERT_EQ(run({QStringLiteral("sla"), QStringLiteral("compensation"), QStringLiteral("approve"),
                   QStringLiteral("T2026-000001"), QStringLiteral("--note"), QStringLiteral("按合同")}),
              0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("16500.00")));
    EXPECT_EQ(run({QStringLiteral("sla"), QStringLiteral("compensation"), QStringLiteral("reject"),
                   QStringLiteral("T2026-000001")}),
              2);

    // A stricter policy from tomorrow; the existing ticket keeps the default.
    ASSERT_EQ(run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--from"),
                   QStringLiteral("2026-06-02"), QStringLiteral("--target"), QStringLiteral("A:*:response=20"),
                   QStringLiteral("--calendar"), QStringLiteral("B=24x7")}),
              0)
        << qPrintable(err);
    ASSERT_EQ(run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("list")}), 0);
    const QJsonArray policies = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_EQ(policies.size(), 2);
    const QJsonObject newer = policies.at(1).toObject();
    EXPECT_EQ(newer.value(QStringLiteral("effective_from")).toString(), QStringLiteral("2026-06-02T00:00:00+08:00"));
    const QJsonObject tierA = newer.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("A")).toObject();
    EXPECT_EQ(tierA.value(QStringLiteral("targets"))
                  .toObject()
                  .value(QStringLiteral("P4"))
                  .toObject()
                  .value(QStringLiteral("response"))
                  .toInt(),
              20);
    EXPECT_EQ(newer.value(QStringLiteral("tiers"))
                  .toObject()
                  .value(QStringLiteral("B"))
                  .toObject()
                  .value(QStringLiteral("calendar"))
                  .toString(),
              QStringLiteral("24x7"));
    ASSERT_EQ(run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T2026-000001")}), 0);
    EXPECT_EQ(QJsonDocument::fromJson(out.toUtf8())
                  .object()
                  .value(QStringLiteral("sla_policy"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toInt(),
              1);
    EXPECT_EQ(run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--from"),
                   QStringLiteral("2026-05-01")}),
              2); // not in the past
}
