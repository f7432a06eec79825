// The documents end to end through ingotdesk-cli, as cron runs it: a seeded month written as JSON,
// Excel and PDF, the Excel numbers read back and compared with the JSON, the PDF read with poppler.
#include "PdfTools.h"
#include "XlsxReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;
using ingot::test::XlsxReader;

namespace {

const QString kNow = QStringLiteral("2026-11-05T09:00:00+08:00");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class ReportDocumentCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
        const CliRun seeded = cli({QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("800"),
                                   QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--from"),
                                   QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")});
        ASSERT_EQ(seeded.exitCode, 0) << qPrintable(seeded.err);
        // Recurring problems become improvement actions, which the PDF cites under the top problems.
        cli({QStringLiteral("recurring"), QStringLiteral("detect"), QStringLiteral("--now"), kNow,
             QStringLiteral("--propose")});
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString file(const QString& name) { return s_dir->filePath(name); }

    static CliRun cli(QStringList args, const QString& language = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INGOTDESK_LANG"), language);
        p.setProcessEnvironment(env);
        args.prepend(file(QStringLiteral("desk.db")));
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(INGOTDESK_CLI), args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static CliRun report(const QString& format, const QString& out, const QString& language = QStringLiteral("en"))
    {
        QStringList args{QStringLiteral("report"),   QStringLiteral("kpi"),
                         QStringLiteral("--month"),  QStringLiteral("2026-10"),
                         QStringLiteral("--now"),    kNow,
                         QStringLiteral("--format"), format};
        if (!out.isEmpty())
            args << QStringLiteral("--out") << out;
        return cli(args, language);
    }

    static QJsonObject json()
    {
        const CliRun r = report(QStringLiteral("json"), QString());
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static inline QTemporaryDir* s_dir = nullptr;
};

void expectSame(const QHash<QString, QVariant>& cells, const QString& ref, const QJsonValue& value, const QString& what)
{
    if (value.isNull()) {
        EXPECT_FALSE(cells.contains(ref)) << qPrintable(what) << ": null must be an empty cell";
    } else {
        ASSERT_TRUE(cells.contains(ref)) << qPrintable(what);
        EXPECT_DOUBLE_EQ(cells.value(ref).toDouble(), value.toDouble()) << qPrintable(what);
    }
}

} // namespace

TEST_F(ReportDocumentCliTest, ExcelNumbersAreTheJsonNumbers)
{
    if (!XlsxReader::available())
        GTEST_SKIP() << "unzip is not installed";
    const QJsonObject expected = json();
    ASSERT_GT(expected.value(QStringLiteral("reported")).toDouble(), 50);
    const CliRun r = report(QStringLiteral("xlsx"), file(QStringLiteral("kpi.xlsx")));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);

    XlsxReader xlsx(file(QStringLiteral("kpi.xlsx")));
    const auto kpis = xlsx.cells(1);
    int compared = 0;
    for (int row = 2; kpis.contains(QStringLiteral("B%1").arg(row)); ++row) {
        const QString key = kpis.value(QStringLiteral("B%1").arg(row)).toString();
        ASSERT_TRUE(expected.contains(key)) << qPrintable(key);
        expectSame(kpis, QStringLiteral("C%1").arg(row), expected.value(key), key);
        ++compared;
    }
    EXPECT_EQ(compared, 16);

    const QStringList breakdowns{QStringLiteral("by_tier"), QStringLiteral("by_region"), QStringLiteral("by_category"),
                                 QStringLiteral("by_assignee")};
    const QStringList fields{QStringLiteral("reported"), QStringLiteral("response_sla_pct"),
                             QStringLiteral("resolution_sla_pct"), QStringLiteral("csat_pct")};
    for (int s = 0; s < breakdowns.size(); ++s) {
        const QJsonObject groups = expected.value(breakdowns.at(s)).toObject();
        const auto cells = xlsx.cells(s + 2);
        int rows = 0;
        // Column A names the group for people, B holds its JSON key ("" for unassigned: no cell).
        for (int row = 2; cells.contains(QStringLiteral("A%1").arg(row)); ++row, ++rows) {
            const QString group = cells.value(QStringLiteral("B%1").arg(row)).toString();
            ASSERT_TRUE(groups.contains(group)) << qPrintable(breakdowns.at(s) + QLatin1Char(' ') + group);
            for (int f = 0; f < fields.size(); ++f)
                expectSame(cells, QStringLiteral("%1%2").arg(QChar(u'C' + f)).arg(row),
                           groups.value(group).toObject().value(fields.at(f)),
                           breakdowns.at(s) + QLatin1Char(' ') + group + QLatin1Char(' ') + fields.at(f));
        }
        EXPECT_EQ(rows, groups.size()) << qPrintable(breakdowns.at(s));
    }

    const QJsonArray top = expected.value(QStringLiteral("top_categories")).toArray();
    const auto topCells = xlsx.cells(6);
    for (int i = 0; i < top.size(); ++i) {
        EXPECT_EQ(topCells.value(QStringLiteral("C%1").arg(i + 2)).toString(),
                  top.at(i).toObject().value(QStringLiteral("category")).toString());
        EXPECT_DOUBLE_EQ(topCells.value(QStringLiteral("D%1").arg(i + 2)).toDouble(),
                         top.at(i).toObject().value(QStringLiteral("count")).toDouble());
    }
}

TEST_F(ReportDocumentCliTest, ChinesePdfOfASeededMonth)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    const CliRun r = report(QStringLiteral("pdf"), file(QStringLiteral("kpi.pdf")), QStringLiteral("zh_CN"));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QString text = test::pdfText(file(QStringLiteral("kpi.pdf")));
    for (const QString& expected :
         {QStringLiteral("月度服务 KPI 报告"), QStringLiteral("2026年10月"),
          QStringLiteral("数据截至 2026-11-05T09:00:00+08:00"), QStringLiteral("响应 SLA 达成率"),
          QStringLiteral("高频问题与改进措施"), QStringLiteral("华东"), QStringLiteral("第 1 页，共")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    const QString reported = QString::number(json().value(QStringLiteral("reported")).toInt());
    EXPECT_TRUE(text.contains(QStringLiteral("报告工单 %1 张").arg(reported)));

    const QStringList fonts = test::pdfFontLines(file(QStringLiteral("kpi.pdf")));
    ASSERT_FALSE(fonts.isEmpty());
    bool cjk = false;
    for (const QString& line : fonts) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << qPrintable(line);
        cjk = cjk || line.contains(QStringLiteral("CJK"));
    }
    EXPECT_TRUE(cjk);
}

TEST_F(ReportDocumentCliTest, DocumentsNeedAFile)
{
    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        const CliRun r = report(format, QString());
        EXPECT_EQ(r.exitCode, 2) << qPrintable(format);
        EXPECT_TRUE(r.err.contains(QStringLiteral("--out"))) << qPrintable(r.err);
    }
    const CliRun missing = report(QStringLiteral("pdf"), file(QStringLiteral("no/such/folder/kpi.pdf")));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << qPrintable(missing.err);
}

TEST(ReportDocumentCli, LinksNoQtGuiLibrary)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(INGOTDESK_CLI)});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    ASSERT_TRUE(libs.contains(QStringLiteral("libQt6Core"))) << qPrintable(libs);
    EXPECT_FALSE(libs.contains(QStringLiteral("libQt6Gui"))) << qPrintable(libs);
    EXPECT_FALSE(libs.contains(QStringLiteral("libQt6Widgets"))) << qPrintable(libs);
    EXPECT_TRUE(libs.contains(QStringLiteral("libcairo"))) << "the PDF writer draws with cairo";
}
