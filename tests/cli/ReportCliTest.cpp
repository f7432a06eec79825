#include "app/report/ReportFormats.h"
#include "cli/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
QString kpiFile(const char* name)
{
    return QStringLiteral(INGOTDESK_TEST_DATA "/kpi/") + QLatin1String(name);
}

class ReportCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
        for (const char* kind : {"customers", "orders", "technicians", "tickets", "events"})
            ASSERT_EQ(run({QStringLiteral("import"), QLatin1String(kind),
                           kpiFile((std::string(kind) + ".csv").c_str())}),
                      0)
                << kind << ": " << qPrintable(err);
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
    int kpi(QStringList more)
    {
        return run(QStringList{QStringLiteral("report"), QStringLiteral("kpi")} + more);
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    FixedClock clock{1'775'793'600}; // 2026-04-10 12:00 +08:00, the `now` of tests/data/kpi
    QString out, err;
};

QString expectedJson()
{
    QFile f(kpiFile("expected-2026-03.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST_F(ReportCliTest, JsonToStdoutByDefault)
{
    ASSERT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--now"),
                   QStringLiteral("2026-04-10T12:00:00+08:00")}),
              0)
        << qPrintable(err);
    EXPECT_EQ(out, expectedJson());
    EXPECT_TRUE(err.isEmpty());
    // --now defaults to the clock, which the fixture sets to the same instant; `--out -` is stdout.
    ASSERT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--out"), QStringLiteral("-")}),
              0);
    EXPECT_EQ(out, expectedJson());
}

TEST_F(ReportCliTest, CsvAndHtmlToAFile)
{
    const QString csvPath = dir.filePath(QStringLiteral("kpi.csv"));
    ASSERT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--out"), csvPath}),
              0)
        << qPrintable(err);
    EXPECT_TRUE(out.isEmpty());
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray data = csv.readAll();
    EXPECT_TRUE(data.startsWith("\xEF\xBB\xBF" "month,now,previous_month\r\n"));

    ASSERT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--format"), QStringLiteral("html")}),
              0);
    EXPECT_TRUE(out.startsWith(QStringLiteral("<!DOCTYPE html>")));
}

TEST_F(ReportCliTest, BadInputIsExitTwoWithAMessage)
{
    EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-13")}), 2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    EXPECT_TRUE(out.isEmpty());
    EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("March")}), 2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    EXPECT_EQ(kpi({}), 2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--now"), QStringLiteral("soon")}), 2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--format"), QStringLiteral("docx")}),
              2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--bogus")}), 2);
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("nope")}), 2);
}

// xlsx and pdf go through the writers registered with ReportFormats; without one the build says so.
TEST_F(ReportCliTest, DocumentFormatsNeedARegisteredWriter)
{
    for (const char* format : {"xlsx", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("kpi.") + QLatin1String(format));
        const int code = kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--format"),
                              QLatin1String(format), QStringLiteral("--out"), path});
        if (ReportFormats::hasDocumentWriter(QLatin1String(format))) {
            EXPECT_EQ(code, 0) << format << ": " << qPrintable(err);
            EXPECT_TRUE(QFile::exists(path)) << format;
            // A document is never written to stdout.
            EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03"), QStringLiteral("--format"),
                           QLatin1String(format)}),
                      2);
        } else {
            EXPECT_EQ(code, 2) << format;
            EXPECT_TRUE(err.contains(QStringLiteral("not available in this build"))) << qPrintable(err);
        }
        EXPECT_TRUE(err.isEmpty() || err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    }
}

TEST_F(ReportCliTest, MissingDatabaseIsRefused)
{
    db = dir.filePath(QStringLiteral("missing.db"));
    EXPECT_EQ(kpi({QStringLiteral("--month"), QStringLiteral("2026-03")}), 3);
}

TEST_F(ReportCliTest, UsageNamesTheCommand)
{
    EXPECT_EQ(run({QStringLiteral("help")}), 0);
    EXPECT_TRUE(err.contains(QStringLiteral("report kpi --month YYYY-MM"))) << qPrintable(err);
}
