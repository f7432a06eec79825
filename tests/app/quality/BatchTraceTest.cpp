#include "QualityFixture.h"
#include "app/quality/BatchTraceService.h"
#include "app/quality/KeywordService.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class BatchTraceTest : public QualityFixture {};
} // namespace

TEST_F(BatchTraceTest, FromABatchEveryCustomerAndTicket)
{
    const QString t1 = log("C001", Category::Composition, kNow - 10 * kDay, QStringLiteral("铋超标"), "O-1");
    const QString t2 = log("C002", Category::Porosity, kNow - 5 * kDay, QStringLiteral("气孔"), "O-2");
    log("C003", Category::Porosity, kNow - 5 * kDay, QStringLiteral("气孔"), "O-3");
    BatchTraceService trace(*store, clock);
    auto t = trace.trace(QStringLiteral("B2606-01"));
    ASSERT_TRUE(t) << qPrintable(t.error().text());
    ASSERT_EQ(t->deliveries.size(), 2);
    EXPECT_EQ(t->customers, 2);
    EXPECT_DOUBLE_EQ(t->tons, 96);
    EXPECT_EQ(t->grades, QStringList{QStringLiteral("Pb99.994")});
    ASSERT_EQ(t->tickets.size(), 2);
    EXPECT_EQ(t->tickets[0].number, t1);
    EXPECT_EQ(t->tickets[1].number, t2);

    auto fromTicket = trace.forTicket(t1);
    ASSERT_TRUE(fromTicket);
    EXPECT_EQ(fromTicket->batch.batchNo, QStringLiteral("B2606-01"));
    ASSERT_EQ(fromTicket->others.size(), 1);
    EXPECT_EQ(fromTicket->others[0].number, t2);

    EXPECT_EQ(trace.trace(QStringLiteral("NOPE")).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(trace.trace(QString()).error().kind, Error::Kind::BadInput);
}

TEST_F(BatchTraceTest, AssayCheckedAgainstTheGradeOfTheBatch)
{
    const QString t = log("C001", Category::Composition, kNow - 10 * kDay, QStringLiteral("铋超标"), "O-1");
    BatchTraceService trace(*store, clock);
    BatchTraceService::AssayInput in;
    in.ticketNo = t;
    in.lab = QStringLiteral("客户化验室");
    in.values = {{"Bi", 0.0065}, {"Ag", 0.0004}, {"Cu", 0.0005}};
    auto r = trace.recordAssay(in, QStringLiteral("tech"));
    ASSERT_TRUE(r) << qPrintable(r.error().text());
    EXPECT_EQ(r->assay.batchNo, QStringLiteral("B2606-01")); // from the ticket's order
    EXPECT_EQ(r->assay.grade, QStringLiteral("Pb99.994"));   // from the batch's order
    EXPECT_FALSE(r->verdict.pass);
    EXPECT_TRUE(r->verdict.failed.contains(QStringLiteral("Bi")));
    EXPECT_TRUE(r->limits.source.contains(QStringLiteral("GB/T 469")));

    auto stored = trace.trace(QStringLiteral("B2606-01"));
    ASSERT_EQ(stored->assays.size(), 1);
    EXPECT_FALSE(stored->assays[0].pass);
    EXPECT_DOUBLE_EQ(stored->assays[0].values.value(QStringLiteral("Bi")), 0.0065);
    EXPECT_EQ(stored->assays[0].ticketNo, t);

    // The same values pass the looser grade Pb99.940; the limits are data an admin can change.
    in.grade = QStringLiteral("Pb99.940");
    EXPECT_TRUE(trace.checkAssay(in)->verdict.pass);
    ASSERT_TRUE(store->write([&] {
        return store->quality().assays().setLimit(QStringLiteral("Pb99.940"), QStringLiteral("Bi"), 0.005,
                                                  QStringLiteral("contract"));
    }));
    EXPECT_FALSE(trace.checkAssay(in)->verdict.pass);

    in.values = {{"Bi", 0.001}};
    auto passing = trace.recordAssay(in, QStringLiteral("tech")); // a passing assay is stored too
    ASSERT_TRUE(passing) << qPrintable(passing.error().text());
    EXPECT_TRUE(passing->verdict.pass);
    EXPECT_EQ(trace.trace(QStringLiteral("B2606-01"))->assays.size(), 2);

    in.grade = QStringLiteral("Pb98");
    EXPECT_EQ(trace.checkAssay(in).error().where, QStringLiteral("grade"));
}

TEST_F(BatchTraceTest, FiveGradesShipWithLimits)
{
    auto grades = store->quality().assays().grades();
    ASSERT_TRUE(grades);
    QStringList names;
    for (const GradeLimits& g : *grades) {
        names << g.grade;
        EXPECT_GE(g.maxImpurity.size(), 10) << qPrintable(g.grade);
        EXPECT_TRUE(g.maxTotalImpurities.has_value());
        EXPECT_NEAR(g.minPb, g.grade.mid(2).toDouble(), 1e-9);
    }
    EXPECT_EQ(names, (QStringList{"Pb99.994", "Pb99.990", "Pb99.985", "Pb99.970", "Pb99.940"}));
}

TEST_F(BatchTraceTest, MonthlyComplaintKeywords)
{
    // 2026-09: three complaints mention packaging (包装), two straps (打包带).
    const qint64 sep = *Instant::parse(QStringLiteral("2026-09-10 10:00"));
    log("C001", Category::Packaging, sep, QStringLiteral("铅锭包装破损"), "",
        QStringLiteral("多捆打包带断裂,包装散开"));
    log("C002", Category::Packaging, sep + kDay, QStringLiteral("包装破损"), "", QStringLiteral("打包带断裂"));
    log("C003", Category::Composition, sep + 2 * kDay, QStringLiteral("硬度偏高"), "",
        QStringLiteral("客户反映包装也有问题"));
    log("C003", Category::Composition, *Instant::parse(QStringLiteral("2026-08-31 23:59")),
        QStringLiteral("八月的投诉"));
    KeywordService keywords(*store);
    auto top = keywords.month(QStringLiteral("2026-09"), 5);
    ASSERT_TRUE(top) << qPrintable(top.error().text());
    EXPECT_EQ(top->complaints, 3);
    ASSERT_GE(top->top.size(), 2);
    EXPECT_EQ(top->top.at(0).word, QStringLiteral("包装"));
    EXPECT_EQ(top->top.at(0).count, 3);
    EXPECT_DOUBLE_EQ(top->top.at(0).share, 1.0);
    for (const auto& e : top->top) {
        EXPECT_NE(e.word, QStringLiteral("客户")); // a stop word
        EXPECT_NE(e.word, QStringLiteral("八月")); // another month
    }
    EXPECT_FALSE(keywords.month(QStringLiteral("2026-13"), 5));
    EXPECT_FALSE(keywords.month(QStringLiteral("Sept"), 5));
}
