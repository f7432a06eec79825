#include "PdfTools.h"
#include "SampleReport.h"
#include "XlsxReader.h"
#include "app/reportdoc/KpiDocumentBuilder.h"
#include "app/reportdoc/KpiDocumentText.h"
#include "app/reportdoc/KpiPageRenderer.h"
#include "app/reportdoc/KpiPdfWriter.h"
#include "app/reportdoc/KpiXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;
using ingot::test::sampleReport;
using ingot::test::XlsxReader;

namespace {

ImprovementAction action(const QString& number, Category category, ImprovementStatus status, qint64 due)
{
    ImprovementAction a;
    a.number = number;
    a.title = QStringLiteral("铸锭气孔整改 ") + number;
    a.correctiveAction = QStringLiteral("调整浇铸温度，增加除气工序");
    a.owner = QStringLiteral("王工");
    a.category = category;
    a.status = status;
    a.dueAt = due;
    a.createdAt = 1788000000;
    return a;
}

} // namespace

TEST(KpiXlsxWriter, KpiSheetHoldsRealNumbersTargetsAndPreviousMonth)
{
    if (!XlsxReader::available())
        GTEST_SKIP() << "unzip is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    const KpiReport report = sampleReport();
    ASSERT_TRUE(KpiXlsxWriter().write(report, path, QStringLiteral("en")).ok());

    XlsxReader xlsx(path);
    EXPECT_EQ(xlsx.sheetNames(),
              (QStringList{QStringLiteral("KPIs"), QStringLiteral("By tier"), QStringLiteral("By region"),
                           QStringLiteral("By category"), QStringLiteral("By assignee"),
                           QStringLiteral("Top categories"), QStringLiteral("Complaint keywords"),
                           QStringLiteral("About")}));
    const auto kpis = xlsx.cells(1);
    // Row 2 onward: one KPI per row in the spec's order; B the JSON key, C the value.
    for (int i = 0; i < kpiKeys().size(); ++i) {
        const KpiKeyInfo& info = kpiKeys().at(i);
        const QString row = QString::number(i + 2);
        EXPECT_EQ(kpis.value(QStringLiteral("B") + row).toString(), QString::fromLatin1(info.name));
        const std::optional<double> value = report.values.value(info.key);
        if (value)
            EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("C") + row).toDouble(), *value) << info.name;
        else
            EXPECT_FALSE(kpis.contains(QStringLiteral("C") + row)) << info.name << " null must be an empty cell";
        const std::optional<double> previous = report.previous.value(info.key);
        ASSERT_TRUE(previous.has_value());
        EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("G") + row).toDouble(), *previous) << info.name;
    }
    // response_sla_pct (row 6): target 90, met, change +3.4.
    EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("D6")).toDouble(), 90.0);
    EXPECT_EQ(kpis.value(QStringLiteral("E6")).toString(), QStringLiteral("≥"));
    EXPECT_EQ(kpis.value(QStringLiteral("F6")).toString(), QStringLiteral("Met"));
    EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("H6")).toDouble(), 3.4);
    // resolution_sla_pct (row 10): missed. response_hours_avg (row 4): at most 2, met.
    EXPECT_EQ(kpis.value(QStringLiteral("F10")).toString(), QStringLiteral("Missed"));
    EXPECT_EQ(kpis.value(QStringLiteral("E4")).toString(), QStringLiteral("≤"));
    EXPECT_EQ(kpis.value(QStringLiteral("F4")).toString(), QStringLiteral("Met"));
    // csat_pct (row 14) has a target but no value this month, so no change either.
    EXPECT_FALSE(kpis.contains(QStringLiteral("H14")));
    EXPECT_EQ(kpis.value(QStringLiteral("F14")).toString(), QStringLiteral("No value"));

    // Number formats and the frozen header row are in the sheet itself.
    const QByteArray sheet = xlsx.sheetXml(1);
    EXPECT_TRUE(sheet.contains("state=\"frozen\"")) << sheet.left(600).constData();
    EXPECT_TRUE(sheet.contains("<col "));
    const QByteArray styles = xlsx.part(QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains("formatCode=\"0.0\""));
    EXPECT_TRUE(styles.contains("formatCode=\"0.00\""));
}

TEST(KpiXlsxWriter, BreakdownSheetsInChinese)
{
    if (!XlsxReader::available())
        GTEST_SKIP() << "unzip is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    const KpiReport report = sampleReport();
    ASSERT_TRUE(KpiXlsxWriter().write(report, path, QStringLiteral("zh_CN")).ok());
    XlsxReader xlsx(path);
    const QStringList sheets = xlsx.sheetNames();
    ASSERT_EQ(sheets.size(), 8);
    EXPECT_EQ(sheets.at(0), QStringLiteral("关键指标"));

    const auto regions = xlsx.cells(3);
    EXPECT_EQ(regions.value(QStringLiteral("A1")).toString(), QStringLiteral("区域"));
    EXPECT_EQ(regions.value(QStringLiteral("B2")).toString(), QStringLiteral("华东"));
    EXPECT_DOUBLE_EQ(regions.value(QStringLiteral("C2")).toDouble(), 70);
    EXPECT_DOUBLE_EQ(regions.value(QStringLiteral("D3")).toDouble(), 92.0);
    EXPECT_DOUBLE_EQ(regions.value(QStringLiteral("C4")).toDouble(), 0); // 西北: an empty group...
    EXPECT_FALSE(regions.contains(QStringLiteral("D4")));                // ...has no ratios
    const auto assignees = xlsx.cells(5);
    EXPECT_EQ(assignees.value(QStringLiteral("A2")).toString(), QStringLiteral("（未分派）"));
    const auto top = xlsx.cells(6);
    EXPECT_EQ(top.value(QStringLiteral("B2")).toString(), QStringLiteral("气孔"));
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("D2")).toDouble(), 50);
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("E2")).toDouble(), 41.7);

    const auto keywords = xlsx.cells(7);
    EXPECT_EQ(keywords.value(QStringLiteral("B2")).toString(), QStringLiteral("包装"));
    EXPECT_DOUBLE_EQ(keywords.value(QStringLiteral("C2")).toDouble(), 30);
    EXPECT_DOUBLE_EQ(keywords.value(QStringLiteral("D2")).toDouble(), 25.0);
    EXPECT_EQ(keywords.value(QStringLiteral("B3")).toString(), QStringLiteral("氧化"));
    EXPECT_DOUBLE_EQ(keywords.value(QStringLiteral("D3")).toDouble(), 10.0);
}

TEST(KpiXlsxWriter, AMissingFolderIsBadInputAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/r.xlsx"));
    const Status st = KpiXlsxWriter().write(sampleReport(), path, QStringLiteral("en"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("does not exist"))) << qPrintable(st.error().message);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(KpiXlsxWriter, ReplacesAnOlderFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    ASSERT_TRUE(KpiXlsxWriter().write(sampleReport(), path, QStringLiteral("en")).ok());
    QFile fresh(path);
    ASSERT_TRUE(fresh.open(QIODevice::ReadOnly));
    EXPECT_TRUE(fresh.read(2) == "PK");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no partial file left
}

TEST(KpiDocumentBuilder, CitesTheActionsStillWorkedOnForEachTopCategory)
{
    const KpiReport report = sampleReport();
    ImprovementAction closedBefore =
        action(QStringLiteral("IA2026-0001"), Category::Porosity, ImprovementStatus::Closed, 1789000000);
    closedBefore.closedAt = report.monthStart - 1;
    ImprovementAction verified =
        action(QStringLiteral("IA2026-0002"), Category::Porosity, ImprovementStatus::Verified, 1792000000);
    ImprovementAction open =
        action(QStringLiteral("IA2026-0003"), Category::Porosity, ImprovementStatus::Open, 1795000000);
    ImprovementAction otherCategory =
        action(QStringLiteral("IA2026-0004"), Category::Weight, ImprovementStatus::Open, 1795000000);
    ImprovementAction later = action(QStringLiteral("IA2026-0005"), Category::Porosity, ImprovementStatus::Open, 1);
    later.createdAt = report.now + 1; // did not exist yet as of the report
    const QList<ImprovementAction> all{closedBefore, verified, open, otherCategory, later};

    const QList<ImprovementAction> cited = KpiDocumentBuilder::actionsFor(report, QStringLiteral("porosity"), all);
    ASSERT_EQ(cited.size(), 2);
    EXPECT_EQ(cited.at(0).number, QStringLiteral("IA2026-0003")); // open before verified
    EXPECT_EQ(cited.at(1).number, QStringLiteral("IA2026-0002"));
}

TEST(KpiPdfWriter, ChineseReportWithActionsPageNumbersAndEmbeddedFonts)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    const QList<ImprovementAction> actions{
        action(QStringLiteral("IA2026-0003"), Category::Porosity, ImprovementStatus::InProgress, 1790000000)};
    KpiPdfWriter writer([actions]() -> Result<QList<ImprovementAction>> { return actions; });
    ASSERT_TRUE(writer.write(sampleReport(), path, QStringLiteral("zh_CN")).ok());

    const QString text = test::pdfText(path);
    const int pages = KpiPdfWriter::layout(sampleReport(), QStringLiteral("zh_CN"), actions)->pageCount();
    EXPECT_GE(pages, 4);
    for (const QString& expected :
         {QStringLiteral("月度服务 KPI 报告"), QStringLiteral("2026年10月"), QStringLiteral("关键指标"),
          QStringLiteral("IA2026-0003"), QStringLiteral("调整浇铸温度"), QStringLiteral("已逾期"),
          QStringLiteral("华东"), QStringLiteral("第 1 页，共 %1 页").arg(pages),
          QStringLiteral("第 %1 页，共 %1 页").arg(pages)})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    EXPECT_TRUE(text.contains(QStringLiteral("93.4")));

    for (const QString& line : test::pdfFontLines(path)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << qPrintable(line);
    }
}

TEST(KpiPdfWriter, EnglishReport)
{
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    ASSERT_TRUE(KpiPdfWriter().write(sampleReport(), path, QStringLiteral("en")).ok());
    const QString text = test::pdfText(path);
    for (const QString& expected : {QStringLiteral("Monthly service KPI report"), QStringLiteral("October 2026"),
                                    QStringLiteral("East China"), QStringLiteral("Page 1 of")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
}

TEST(KpiPdfWriter, AFailingActionSourceIsReported)
{
    QTemporaryDir dir;
    KpiPdfWriter writer([]() -> Result<QList<ImprovementAction>> { return Error::internal(QStringLiteral("disk")); });
    const Status st = writer.write(sampleReport(), dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("en"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().message, QStringLiteral("disk"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
}
