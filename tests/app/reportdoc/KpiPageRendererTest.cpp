#include "app/reportdoc/KpiPageRenderer.h"

#include "PdfTools.h"
#include "app/reportdoc/KpiPageImage.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {

KpiDocument sampleDocument(int tableRows)
{
    KpiDocument doc;
    doc.language = QStringLiteral("zh_CN");
    doc.fontFamily = QStringLiteral("Noto Sans CJK SC,WenQuanYi Zen Hei,sans-serif");
    doc.product = QStringLiteral("IngotDesk");
    doc.company = QStringLiteral("铅锭售后服务台");
    doc.title = QStringLiteral("月度服务 KPI 报告");
    doc.monthLabel = QStringLiteral("2026年10月");
    doc.asOfLabel = QStringLiteral("数据截至 2026-11-01T08:00:00+08:00");
    doc.highlights = {QStringLiteral("受理 120 单"), QStringLiteral("响应 SLA 达成率 93.4%")};
    doc.runningHeader = QStringLiteral("IngotDesk · 2026-10");
    doc.pageOfPages = QStringLiteral("第 %1 页，共 %2 页");

    KpiDocBlock heading;
    heading.kind = KpiDocBlock::Kind::Heading;
    heading.text = QStringLiteral("关键指标");
    doc.blocks << heading;

    KpiDocBlock table;
    table.kind = KpiDocBlock::Kind::Table;
    table.table.headers = {QStringLiteral("指标"), QStringLiteral("本月"), QStringLiteral("目标")};
    table.table.widths = {3, 1, 1};
    table.table.rightAligned = {false, true, true};
    for (int i = 0; i < tableRows; ++i)
        table.table.rows << QList<KpiDocCell>{{QStringLiteral("气孔投诉第 %1 行").arg(i + 1)},
                                              {QString::number(i), KpiTone::Good},
                                              {QStringLiteral("—"), KpiTone::Muted}};
    doc.blocks << table;

    KpiDocBlock chart;
    chart.kind = KpiDocBlock::Kind::Chart;
    chart.chart.title = QStringLiteral("各等级 SLA 达成率");
    chart.chart.categories = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    chart.chart.series = {{QStringLiteral("响应"), {95.0, 88.5, std::nullopt}},
                          {QStringLiteral("解决"), {90.0, 70.0, 40.0}}};
    chart.chart.maximum = 100;
    chart.chart.targetLine = 90;
    chart.chart.targetLabel = QStringLiteral("目标");
    doc.blocks << chart;
    return doc;
}

} // namespace

TEST(KpiPageRenderer, LongTablesFlowOntoFollowingPages)
{
    const KpiPageRenderer short_(sampleDocument(5));
    const KpiPageRenderer long_(sampleDocument(120));
    EXPECT_EQ(short_.pageCount(), 2); // the title page, then table and chart
    EXPECT_GE(long_.pageCount(), 4);
}

TEST(KpiPageRenderer, PdfHasChineseTextEmbeddedFontsAndPageNumbers)
{
    const KpiPageRenderer renderer(sampleDocument(120));
    auto pdf = renderer.pdf();
    ASSERT_TRUE(pdf.ok()) << qPrintable(pdf.error().text());
    ASSERT_TRUE(pdf->startsWith("%PDF-"));
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();

    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("月度服务 KPI 报告"))) << qPrintable(text.left(500));
    EXPECT_TRUE(text.contains(QStringLiteral("气孔投诉第 120 行")));
    EXPECT_TRUE(text.contains(QStringLiteral("第 1 页，共 %1 页").arg(renderer.pageCount())));
    EXPECT_TRUE(text.contains(QStringLiteral("第 %1 页，共 %1 页").arg(renderer.pageCount())));
    EXPECT_TRUE(text.contains(QStringLiteral("各等级 SLA 达成率")));

    const QStringList fonts = test::pdfFontLines(path);
    ASSERT_FALSE(fonts.isEmpty());
    bool cjk = false;
    for (const QString& line : fonts) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // ... emb sub uni objectID gen: "emb" is the fifth column from the end.
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << qPrintable(line);
        cjk = cjk || line.contains(QStringLiteral("CJK")) || line.contains(QStringLiteral("WenQuanYi"));
    }
    EXPECT_TRUE(cjk) << qPrintable(fonts.join(QLatin1Char('\n')));
}

TEST(KpiPageRenderer, PageImagesMatchTheRequestedResolution)
{
    const KpiPageRenderer renderer(sampleDocument(5));
    const KpiPageImage image = KpiPageImage::render(renderer, 1, 72);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width, 595);
    EXPECT_EQ(image.height, 842);
    EXPECT_EQ(image.pixels.size(), qsizetype(image.stride) * image.height);
    // Something was drawn: not every pixel is the white page.
    bool ink = false;
    for (qsizetype i = 0; i + 3 < image.pixels.size() && !ink; i += 4)
        ink = static_cast<unsigned char>(image.pixels.at(i)) < 200;
    EXPECT_TRUE(ink);
    EXPECT_TRUE(KpiPageImage::render(renderer, 2, 72).isNull());
    EXPECT_EQ(KpiPageImage::render(renderer, 0, 144).width, 1191);
}
