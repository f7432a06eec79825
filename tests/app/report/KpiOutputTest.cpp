#include "app/report/KpiCsvWriter.h"
#include "app/report/KpiHtmlWriter.h"
#include "app/report/KpiJsonWriter.h"
#include "app/report/ReportFormats.h"
#include "app/report/KpiFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ingot;
using namespace ingot::test;

namespace {
using KpiOutputTest = KpiFixture;
constexpr const char* kNow = "2026-04-10T12:00:00+08:00";
} // namespace

TEST_F(KpiOutputTest, JsonParsesAndKeepsTheContractOrder)
{
    auto r = report("2026-03", kNow);
    ASSERT_TRUE(r.ok());
    const QByteArray json = KpiJsonWriter::write(*r);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    EXPECT_TRUE(doc.object().value(QStringLiteral("by_region")).toObject().value(QStringLiteral("华中"))
                    .toObject().value(QStringLiteral("csat_pct")).isNull());
    EXPECT_LT(json.indexOf("\"month\""), json.indexOf("\"now\""));
    EXPECT_LT(json.indexOf("\"now\""), json.indexOf("\"reported\""));
    EXPECT_LT(json.indexOf("\"backlog_end\""), json.indexOf("\"by_tier\""));
    EXPECT_LT(json.indexOf("\"by_assignee\""), json.indexOf("\"top_categories\""));
}

TEST_F(KpiOutputTest, CsvHasBomKpiRowsWithTargetsAndBreakdowns)
{
    auto r = report("2026-03", kNow);
    ASSERT_TRUE(r.ok());
    const QByteArray csv = KpiCsvWriter::write(*r);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines.at(0), QStringLiteral("month,now,previous_month"));
    EXPECT_EQ(lines.at(1), QStringLiteral("2026-03,2026-04-10T12:00:00+08:00,2026-02"));
    EXPECT_EQ(lines.at(2), QString());
    EXPECT_EQ(lines.at(3), QStringLiteral("kpi,label,value,unit,target_direction,target,target_status,previous"));
    EXPECT_EQ(lines.at(4), QStringLiteral("reported,Tickets reported,15,,,,,2"));
    EXPECT_TRUE(lines.contains(QStringLiteral("response_hours_avg,Mean response time,13.89,h,at_most,2.00,missed,0.75")))
        << qPrintable(text);
    EXPECT_TRUE(lines.contains(QStringLiteral("csat_pct,Satisfied customers (score 4-5),75.0,%,at_least,90.0,missed,")))
        << qPrintable(text);
    EXPECT_TRUE(lines.contains(QStringLiteral("first_time_fix_pct,First-time fix rate,88.9,%,at_least,80.0,met,100.0")))
        << qPrintable(text);
    EXPECT_TRUE(lines.contains(QStringLiteral("breakdown,group,reported,response_sla_pct,resolution_sla_pct,csat_pct")));
    EXPECT_TRUE(lines.contains(QStringLiteral("by_region,华中,0,,,")));
    EXPECT_TRUE(lines.contains(QStringLiteral("by_assignee,,2,50.0,0.0,")));
    EXPECT_TRUE(lines.contains(QStringLiteral("rank,category,count")));
    EXPECT_TRUE(lines.contains(QStringLiteral("1,porosity,3")));
}

TEST_F(KpiOutputTest, ComplaintKeywordsAreTheLastCsvBlockAndInTheHtmlButNotInTheJson)
{
    auto r = report("2026-03", kNow);
    ASSERT_TRUE(r.ok());
    // March's titles: 断面气孔 and 气孔停线 share 气孔; the 00:00:00 ticket of 1 April is not March's.
    ASSERT_FALSE(r->keywords.top.isEmpty());
    EXPECT_EQ(r->keywords.top.first().word, QStringLiteral("气孔"));
    EXPECT_EQ(r->keywords.top.first().count, 2);
    EXPECT_EQ(r->keywords.from, r->monthStart);
    EXPECT_EQ(r->keywords.to, r->monthEnd - 1);
    QStringList words;
    for (const auto& k : r->keywords.top)
        words << k.word;
    EXPECT_TRUE(words.contains(QStringLiteral("三月"))) << qPrintable(words.join(u' ')); // 2026-03-01T00:00:00
    EXPECT_FALSE(words.contains(QStringLiteral("四月"))) << qPrintable(words.join(u' '));
    EXPECT_FALSE(words.contains(QStringLiteral("铅锭"))); // a stop word

    const QString csv = QString::fromUtf8(KpiCsvWriter::write(*r).mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    const qsizetype header = lines.indexOf(QStringLiteral("rank,term,count,share_pct"));
    ASSERT_GT(header, lines.indexOf(QStringLiteral("rank,category,count")));
    EXPECT_EQ(lines.at(header - 1), QString());
    const QString share = QString::number(200.0 / double(r->keywords.complaints), 'f', 1);
    EXPECT_EQ(lines.at(header + 1), QStringLiteral("1,气孔,2,") + share);

    const QString html = QString::fromUtf8(KpiHtmlWriter::write(*r));
    EXPECT_TRUE(html.contains(QStringLiteral("Complaint keywords")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>气孔</td>")));
    const QByteArray json = KpiJsonWriter::write(*r);
    EXPECT_FALSE(json.contains("keyword"));
    EXPECT_FALSE(json.contains("气孔"));
}

TEST_F(KpiOutputTest, KeywordsCanBeLeftOutOfTheReport)
{
    std::unique_ptr<KpiRepository> repository = store->kpiReads();
    KpiReportService::Options options;
    options.keywords = false;
    auto r = KpiReportService(*store, *repository, options).build(*LocalMonth::parse(QStringLiteral("2026-03")), at(kNow));
    ASSERT_TRUE(r) << qPrintable(r.error().text());
    EXPECT_TRUE(r->keywords.top.isEmpty());
    EXPECT_EQ(r->keywords.complaints, 0);
}

TEST_F(KpiOutputTest, HtmlIsOneSelfContainedPage)
{
    auto r = report("2026-03", kNow);
    ASSERT_TRUE(r.ok());
    const QString html = QString::fromUtf8(KpiHtmlWriter::write(*r));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("@page")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("http://")));
    EXPECT_FALSE(html.contains(QStringLiteral("https://")));
    EXPECT_TRUE(html.contains(QStringLiteral("Monthly service KPIs 2026-03")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td class=\"missed\">missed</td>")));
    EXPECT_TRUE(html.contains(QStringLiteral("8234.56CNY")));
    EXPECT_TRUE(html.contains(QStringLiteral("(unassigned)")));
    EXPECT_TRUE(html.trimmed().endsWith(QStringLiteral("</html>")));
}

namespace {
class FakeWriter final : public KpiDocumentWriter {
public:
    Status write(const KpiReport&, const QString&, const QString&) override { return success(); }
};
} // namespace

TEST(ReportFormatsTest, KnownFormatsAndRegistration)
{
    EXPECT_EQ(ReportFormats::known().join(QLatin1Char(',')), QStringLiteral("json,csv,xlsx,pdf,html"));
    EXPECT_TRUE(ReportFormats::isText(QStringLiteral("csv")));
    EXPECT_FALSE(ReportFormats::isText(QStringLiteral("pdf")));
    EXPECT_FALSE(ReportFormats::isKnown(QStringLiteral("docx")));
    EXPECT_FALSE(ReportFormats::hasDocumentWriter(QStringLiteral("odt")));
    ReportFormats::registerDocumentWriter(QStringLiteral("odt"), [](Store&) { return std::make_unique<FakeWriter>(); });
    EXPECT_TRUE(ReportFormats::hasDocumentWriter(QStringLiteral("odt")));
}
