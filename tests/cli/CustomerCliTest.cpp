#include "cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
int runCli(const QString& db, const QStringList& words, QString& out, QString& err)
{
    out.clear();
    err.clear();
    QTextStream o(&out), e(&err);
    const FixedClock clock{1'790'000'000}; // 2026-09-22
    CliRunner runner(clock, o, e);
    const int code = runner.run(QStringList{QStringLiteral("--db"), db} + words);
    o.flush();
    e.flush();
    return code;
}

// customer, tiers, dispatch and tasks commands, and `ticket suggest`, on a seeded database that
// each test gets a copy of.
class CustomerCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_seeded = s_dir->filePath(QStringLiteral("seeded.db"));
        QString out, err;
        ASSERT_EQ(runCli(s_seeded, {QStringLiteral("init")}, out, err), 0);
        ASSERT_EQ(
            runCli(s_seeded, {QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("600")}, out, err), 0)
            << qPrintable(err);
    }
    static void TearDownTestSuite() { delete s_dir; }

    void SetUp() override { ASSERT_TRUE(QFile::copy(s_seeded, db)); }

    int run(const QStringList& words) { return runCli(db, words, out, err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_seeded;
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    QString out, err;
};
} // namespace

TEST_F(CustomerCliTest, TicketSuggestPrintsRankedReasons)
{
    ASSERT_EQ(run({QStringLiteral("ticket"), QStringLiteral("suggest"), QStringLiteral("T2025-000001")}), 0)
        << qPrintable(err);
    const QJsonObject r = json();
    EXPECT_EQ(r.value(QStringLiteral("ticket_no")).toString(), QStringLiteral("T2025-000001"));
    const QJsonArray suggestions = r.value(QStringLiteral("suggestions")).toArray();
    ASSERT_EQ(suggestions.size(), 35); // every seeded technician, best first
    const QJsonObject first = suggestions.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_TRUE(first.value(QStringLiteral("suggested")).toBool());
    EXPECT_FALSE(first.value(QStringLiteral("login")).toString().isEmpty());
    EXPECT_FALSE(first.value(QStringLiteral("reasons")).toArray().isEmpty());
    const QJsonObject factor = first.value(QStringLiteral("factors")).toArray().first().toObject();
    EXPECT_TRUE(factor.contains(QStringLiteral("rule")) && factor.contains(QStringLiteral("points")) &&
                factor.contains(QStringLiteral("reason")));
    int previous = INT_MAX;
    for (const QJsonValue& v : suggestions) {
        const QJsonObject s = v.toObject();
        if (!s.value(QStringLiteral("eligible")).toBool())
            break;
        EXPECT_LE(s.value(QStringLiteral("score")).toInt(), previous);
        previous = s.value(QStringLiteral("score")).toInt();
    }

    EXPECT_EQ(run({QStringLiteral("ticket"), QStringLiteral("suggest"), QStringLiteral("T1999-000001")}), 2);
    EXPECT_EQ(run({QStringLiteral("ticket"), QStringLiteral("suggest")}), 2);
}

TEST_F(CustomerCliTest, CustomerShowIsTheWholeArchive)
{
    ASSERT_EQ(run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("C00001")}), 0)
        << qPrintable(err);
    const QJsonObject a = json();
    for (const char* key : {"customer", "contact", "tier", "health", "totals", "satisfaction_by_month", "open_tasks",
                            "orders", "tickets"})
        EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
    EXPECT_EQ(a.value(QStringLiteral("customer")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("C00001"));
    EXPECT_EQ(a.value(QStringLiteral("health")).toObject().value(QStringLiteral("parts")).toArray().size(), 4);
    EXPECT_FALSE(a.value(QStringLiteral("tier")).toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
    EXPECT_EQ(run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("NOPE")}), 2);
}

TEST_F(CustomerCliTest, OverrideAndRecompute)
{
    EXPECT_EQ(
        run({QStringLiteral("customer"), QStringLiteral("override"), QStringLiteral("C00002"), QStringLiteral("A")}),
        2);
    EXPECT_TRUE(err.contains(QStringLiteral("reason")));
    ASSERT_EQ(run({QStringLiteral("customer"), QStringLiteral("override"), QStringLiteral("C00002"),
                   QStringLiteral("A"), QStringLiteral("--reason"), QStringLiteral("strategic account")}),
              0)
        << qPrintable(err);
    ASSERT_EQ(run({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("C00002")}), 0);
    const QJsonObject tier = json().value(QStringLiteral("tier")).toObject();
    EXPECT_EQ(tier.value(QStringLiteral("effective")).toString(), QStringLiteral("A"));
    EXPECT_EQ(tier.value(QStringLiteral("history")).toArray().size(), 1);

    ASSERT_EQ(run({QStringLiteral("tiers"), QStringLiteral("rules"), QStringLiteral("--set"),
                   QStringLiteral("a_volume_t=600")}),
              0)
        << qPrintable(err);
    EXPECT_EQ(json().value(QStringLiteral("a_volume_t")).toDouble(), 600);
    ASSERT_EQ(run({QStringLiteral("tiers"), QStringLiteral("recompute"), QStringLiteral("--month"),
                   QStringLiteral("2026-08"), QStringLiteral("--dry-run")}),
              0)
        << qPrintable(err);
    const QJsonObject report = json();
    EXPECT_EQ(report.value(QStringLiteral("month")).toString(), QStringLiteral("2026-08"));
    EXPECT_TRUE(report.value(QStringLiteral("dry_run")).toBool());
    EXPECT_FALSE(report.value(QStringLiteral("moved")).toArray().isEmpty()); // lower A threshold promotes some
    EXPECT_FALSE(report.value(QStringLiteral("moved"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .isEmpty());
    EXPECT_EQ(run({QStringLiteral("tiers"), QStringLiteral("recompute"), QStringLiteral("--month"),
                   QStringLiteral("2026-13")}),
              2);
    EXPECT_EQ(run({QStringLiteral("tiers"), QStringLiteral("rules"), QStringLiteral("--set"), QStringLiteral("x")}), 2);
}

TEST_F(CustomerCliTest, DispatchRulesDutyAndRebalance)
{
    ASSERT_EQ(run({QStringLiteral("dispatch"), QStringLiteral("rules"), QStringLiteral("--set"),
                   QStringLiteral("skill_points=250"), QStringLiteral("--auto"), QStringLiteral("on")}),
              0)
        << qPrintable(err);
    EXPECT_EQ(json().value(QStringLiteral("skill_points")).toInt(), 250);
    EXPECT_TRUE(json().value(QStringLiteral("auto_dispatch_on_create")).toBool());
    EXPECT_EQ(run({QStringLiteral("dispatch"), QStringLiteral("rules"), QStringLiteral("--set"),
                   QStringLiteral("skill_points=x")}),
              2);
    EXPECT_EQ(run({QStringLiteral("dispatch"), QStringLiteral("duty"), QStringLiteral("zhang.01"),
                   QStringLiteral("--calendar"), QStringLiteral("nine-to-nine")}),
              2);
    EXPECT_EQ(run({QStringLiteral("dispatch"), QStringLiteral("rebalance"), QStringLiteral("--dry-run")}), 0)
        << qPrintable(err);
    EXPECT_TRUE(json().value(QStringLiteral("moved")).isArray());
}

TEST_F(CustomerCliTest, TasksGenerateListDone)
{
    ASSERT_EQ(run({QStringLiteral("tasks"), QStringLiteral("generate"), QStringLiteral("--month"),
                   QStringLiteral("2026-10")}),
              0)
        << qPrintable(err);
    const int created = json().value(QStringLiteral("created")).toInt();
    EXPECT_GT(created, 0);
    ASSERT_EQ(run({QStringLiteral("tasks"), QStringLiteral("generate"), QStringLiteral("--month"),
                   QStringLiteral("2026-10")}),
              0);
    EXPECT_EQ(json().value(QStringLiteral("created")).toInt(), 0);
    EXPECT_EQ(json().value(QStringLiteral("already_present")).toInt(), created);

    ASSERT_EQ(run({QStringLiteral("tasks"), QStringLiteral("list")}), 0);
    const QJsonArray tasks = json().value(QStringLiteral("tasks")).toArray();
    ASSERT_EQ(tasks.size(), created);
    const QJsonObject task = tasks.first().toObject();
    EXPECT_FALSE(task.value(QStringLiteral("owner")).toString().isEmpty());
    const QString id = QString::number(task.value(QStringLiteral("id")).toInteger());
    ASSERT_EQ(run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--owner"),
                   task.value(QStringLiteral("owner")).toString()}),
              0);
    EXPECT_FALSE(json().value(QStringLiteral("tasks")).toArray().isEmpty());
    ASSERT_EQ(
        run({QStringLiteral("tasks"), QStringLiteral("done"), id, QStringLiteral("--note"), QStringLiteral("visited")}),
        0)
        << qPrintable(err);
    EXPECT_EQ(json().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    EXPECT_EQ(run({QStringLiteral("tasks"), QStringLiteral("done"), id}), 2);
    EXPECT_EQ(run({QStringLiteral("tasks"), QStringLiteral("generate")}), 2);
}
