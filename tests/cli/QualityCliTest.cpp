#include "cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
class QualityCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
        writeFile(QStringLiteral("customers.csv"),
                  "code,name,region,province\nC001,华阳电源,华东,江苏\nC002,恒力蓄电池,华南,广东\n");
        writeFile(
            QStringLiteral("orders.csv"),
            "order_no,customer_code,grade,batch_no,quantity_t,value_cny,delivered_at\n"
            "O-1,C001,Pb99.994,B2606-01,32,500000,2026-06-10\nO-2,C002,Pb99.994,B2606-01,64,1000000,2026-06-12\n");
        writeFile(QStringLiteral("tickets.csv"),
                  "ticket_no,customer_code,category,priority,title,reported_at,order_no,description\n"
                  "T2026-000001,C001,packaging,P3,打包带断裂,2026-07-01 09:00,O-1,多捆打包带断裂\n"
                  "T2026-000002,C001,packaging,P3,包装破损,2026-08-01 09:00,O-1,包装破损散捆\n"
                  "T2026-000003,C001,packaging,P3,标签缺失,2026-09-01 09:00,O-1,捆标签缺失\n"
                  "T2026-000004,C002,composition,P2,铋超标,2026-09-05 09:00,O-2,化验铋含量超标\n");
        writeFile(QStringLiteral("events.csv"),
                  "ticket_no,at,action\nT2026-000004,2026-09-05 10:00,assess\nT2026-000004,2026-09-06 10:00,resolve\n");
        for (const char* kind : {"customers", "orders", "tickets", "events"})
            ASSERT_EQ(run({QStringLiteral("import"), QString::fromLatin1(kind),
                           dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".csv"))}),
                      0)
                << kind << qPrintable(err);
    }

    void writeFile(const QString& name, const QByteArray& data)
    {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

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
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    FixedClock clock{1'790'000'000}; // 2026-09-21 22:13:20 +08:00
    QString out, err;
};
} // namespace

TEST_F(QualityCliTest, KbSearchChineseAndEnglish)
{
    ASSERT_EQ(run({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("氧化膜"), QStringLiteral("--lang"),
                   QStringLiteral("zh")}),
              0)
        << qPrintable(err);
    auto articles = json().value(QStringLiteral("articles")).toArray();
    ASSERT_FALSE(articles.isEmpty());
    EXPECT_EQ(articles.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("KB-OXI-01"));

    ASSERT_EQ(run({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("气孔")}), 0);
    articles = json().value(QStringLiteral("articles")).toArray();
    ASSERT_FALSE(articles.isEmpty());
    EXPECT_EQ(articles.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("KB-POR-01"));

    ASSERT_EQ(run({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("short weight"),
                   QStringLiteral("--lang"), QStringLiteral("en")}),
              0);
    articles = json().value(QStringLiteral("articles")).toArray();
    ASSERT_FALSE(articles.isEmpty());
    EXPECT_EQ(articles.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("KB-WGT-01"));

    EXPECT_EQ(run({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--lang"),
                   QStringLiteral("fr")}),
              2);
    EXPECT_EQ(run({QStringLiteral("kb"), QStringLiteral("show"), QStringLiteral("KB-NONE")}), 2);
    ASSERT_EQ(run({QStringLiteral("kb"), QStringLiteral("solved"), QStringLiteral("T2026-000001"),
                   QStringLiteral("kb-pkg-01")}),
              0)
        << qPrintable(err);
}

TEST_F(QualityCliTest, SurveyScoreThreeFollowUp)
{
    ASSERT_EQ(run({QStringLiteral("survey"), QStringLiteral("unanswered")}), 0) << qPrintable(err);
    EXPECT_EQ(json().value(QStringLiteral("count")).toInt(), 1);

    ASSERT_EQ(run({QStringLiteral("survey"), QStringLiteral("record"), QStringLiteral("T2026-000004"),
                   QStringLiteral("3"), QStringLiteral("--comment"), QStringLiteral("回复慢")}),
              0)
        << qPrintable(err);
    const QJsonObject f = json().value(QStringLiteral("follow_up")).toObject();
    EXPECT_EQ(f.value(QStringLiteral("progress_due_at")).toString(), QStringLiteral("2026-09-22T22:13:20+08:00"));
    EXPECT_EQ(f.value(QStringLiteral("close_due_at")).toString(), QStringLiteral("2026-09-28T22:13:20+08:00"));

    ASSERT_EQ(run({QStringLiteral("survey"), QStringLiteral("followups")}), 0);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("ticket_no")).toString(), QStringLiteral("T2026-000004"));

    EXPECT_EQ(
        run({QStringLiteral("survey"), QStringLiteral("record"), QStringLiteral("T2026-000004"), QStringLiteral("6")}),
        2);
    EXPECT_EQ(
        run({QStringLiteral("survey"), QStringLiteral("record"), QStringLiteral("T2026-000001"), QStringLiteral("5")}),
        2); // not resolved: the state machine refuses the action
}

TEST_F(QualityCliTest, SurveyImportReportsFileAndLine)
{
    writeFile(QStringLiteral("s.csv"), "ticket_no,score,comment,at\nT2026-000004,2,,\nT2026-000001,x,,\n");
    EXPECT_EQ(run({QStringLiteral("survey"), QStringLiteral("import"), dir.filePath(QStringLiteral("s.csv"))}), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("s.csv:3:"))) << qPrintable(err);
    writeFile(QStringLiteral("s.csv"), "ticket_no,score,comment,at\nT2026-000004,2,太慢,\n");
    ASSERT_EQ(run({QStringLiteral("survey"), QStringLiteral("import"), dir.filePath(QStringLiteral("s.csv"))}), 0)
        << qPrintable(err);
    EXPECT_EQ(json().value(QStringLiteral("follow_ups")).toInt(), 1);
}

TEST_F(QualityCliTest, RecurringDetectAndPropose)
{
    ASSERT_EQ(run({QStringLiteral("recurring"), QStringLiteral("detect"), QStringLiteral("--now"),
                   QStringLiteral("2026-09-22T12:00:00+08:00")}),
              0)
        << qPrintable(err);
    QJsonArray clusters = json().value(QStringLiteral("clusters")).toArray();
    // Batch B2606-01: four tickets from two customers; C001: three packaging complaints in 90 days.
    ASSERT_EQ(clusters.size(), 2);
    EXPECT_EQ(clusters[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("batch"));
    EXPECT_EQ(clusters[1].toObject().value(QStringLiteral("signature")).toString(),
              QStringLiteral("customer:C001:packaging"));
    EXPECT_EQ(json()
                  .value(QStringLiteral("rules"))
                  .toObject()
                  .value(QStringLiteral("customer"))
                  .toObject()
                  .value(QStringLiteral("window_days"))
                  .toDouble(),
              90);

    ASSERT_EQ(run({QStringLiteral("recurring"), QStringLiteral("detect"), QStringLiteral("--propose")}), 0)
        << qPrintable(err);
    EXPECT_EQ(json().value(QStringLiteral("created")).toArray().size(), 2);
    clusters = json().value(QStringLiteral("clusters")).toArray();
    EXPECT_FALSE(clusters[0].toObject().value(QStringLiteral("tracked_by")).toString().isEmpty());

    ASSERT_EQ(run({QStringLiteral("improvement"), QStringLiteral("list")}), 0);
    EXPECT_EQ(QJsonDocument::fromJson(out.toUtf8()).array().size(), 2);
    EXPECT_EQ(run({QStringLiteral("improvement"), QStringLiteral("step"), QStringLiteral("IA2026-0001"),
                   QStringLiteral("close")}),
              3);
    EXPECT_EQ(run({QStringLiteral("improvement"), QStringLiteral("step"), QStringLiteral("IA2026-0001"),
                   QStringLiteral("start")}),
              2); // no owner yet
    ASSERT_EQ(run({QStringLiteral("improvement"), QStringLiteral("show"), QStringLiteral("IA2026-0001")}), 0);
    EXPECT_EQ(json().value(QStringLiteral("history")).toArray().size(), 1);
}

TEST_F(QualityCliTest, BatchTraceAndAssay)
{
    ASSERT_EQ(run({QStringLiteral("batch"), QStringLiteral("trace"), QStringLiteral("B2606-01")}), 0)
        << qPrintable(err);
    QJsonObject t = json();
    EXPECT_EQ(t.value(QStringLiteral("customers")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("deliveries")).toArray().size(), 2);
    EXPECT_EQ(t.value(QStringLiteral("tickets")).toArray().size(), 4);
    EXPECT_EQ(run({QStringLiteral("batch"), QStringLiteral("trace"), QStringLiteral("NOPE")}), 2);

    ASSERT_EQ(run({QStringLiteral("batch"), QStringLiteral("ticket"), QStringLiteral("T2026-000004")}), 0);
    EXPECT_EQ(json().value(QStringLiteral("other_complaints")).toArray().size(), 3);

    ASSERT_EQ(run({QStringLiteral("assay"), QStringLiteral("record"), QStringLiteral("--ticket"),
                   QStringLiteral("T2026-000004"), QStringLiteral("Bi=0.0052"), QStringLiteral("Ag=0.0003")}),
              0)
        << qPrintable(err);
    EXPECT_FALSE(json().value(QStringLiteral("pass")).toBool());
    EXPECT_EQ(json().value(QStringLiteral("failed")).toArray().first().toString(), QStringLiteral("Bi"));
    EXPECT_EQ(run({QStringLiteral("assay"), QStringLiteral("check"), QStringLiteral("--batch"),
                   QStringLiteral("B2606-01"), QStringLiteral("Bi")}),
              2);
}

TEST_F(QualityCliTest, Keywords)
{
    ASSERT_EQ(run({QStringLiteral("keywords"), QStringLiteral("--month"), QStringLiteral("2026-09")}), 0)
        << qPrintable(err);
    const QJsonArray words = json().value(QStringLiteral("keywords")).toArray();
    ASSERT_FALSE(words.isEmpty());
    EXPECT_EQ(run({QStringLiteral("keywords")}), 2);
    EXPECT_EQ(run({QStringLiteral("keywords"), QStringLiteral("--month"), QStringLiteral("09/2026")}), 2);
}
