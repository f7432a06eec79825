#include "app/quality/SurveyService.h"

#include "QualityFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class SurveyServiceTest : public QualityFixture {};
} // namespace

TEST_F(SurveyServiceTest, ScoreOfThreeCreatesExactlyOneFollowUp)
{
    const QString t = log("C001", Category::Packaging, kNow - 3 * kDay, QStringLiteral("打包带断裂"));
    resolve(t, kNow - 2 * kDay);
    SurveyService surveys(*store, clock);
    auto r = surveys.record(t, 3, QStringLiteral("处理太慢"), std::nullopt, QStringLiteral("agent"));
    ASSERT_TRUE(r) << qPrintable(r.error().text());
    ASSERT_TRUE(r->followUp);
    EXPECT_EQ(r->followUp->progressDueAt, kNow + 24 * 3600);
    EXPECT_EQ(r->followUp->closeDueAt, kNow + 7 * kDay);

    auto all = surveys.followUps(false);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().ticketNo, t);
    EXPECT_EQ(all->first().score, 3);
    EXPECT_EQ(all->first().comment, QStringLiteral("处理太慢"));

    // The ticket's history has the score; a second answer is refused and adds nothing.
    auto ticket = store->tickets().findByNumber(t);
    EXPECT_EQ(ticket->state.surveyScore, 3);
    EXPECT_EQ(ticket->state.stage, Stage::Surveyed);
    EXPECT_FALSE(surveys.record(t, 2, QString(), std::nullopt, QStringLiteral("agent")));
    EXPECT_EQ(surveys.followUps(false)->size(), 1);
}

TEST_F(SurveyServiceTest, GoodScoreCreatesNoFollowUp)
{
    const QString t = log("C001", Category::Weight, kNow - 3 * kDay, QStringLiteral("短重"));
    resolve(t, kNow - 2 * kDay);
    SurveyService surveys(*store, clock);
    auto r = surveys.record(t, 4, QString(), std::nullopt, QStringLiteral("agent"));
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->followUp);
    EXPECT_TRUE(surveys.followUps(false)->isEmpty());
}

TEST_F(SurveyServiceTest, OpenTicketCannotBeSurveyed)
{
    const QString t = log("C001", Category::Weight, kNow - 3 * kDay, QStringLiteral("短重"));
    SurveyService surveys(*store, clock);
    auto r = surveys.record(t, 1, QString(), std::nullopt, QStringLiteral("agent"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(surveys.followUps(false)->isEmpty());
    EXPECT_FALSE(surveys.record(t, 9, QString(), std::nullopt, QStringLiteral("agent")));
}

TEST_F(SurveyServiceTest, UnansweredSurveysAreListed)
{
    const QString a = log("C001", Category::Weight, kNow - 5 * kDay, QStringLiteral("短重"));
    const QString b = log("C002", Category::Delivery, kNow - 4 * kDay, QStringLiteral("到货延迟"));
    log("C003", Category::Delivery, kNow - 4 * kDay, QStringLiteral("仍在处理"));
    resolve(a, kNow - 3 * kDay);
    resolve(b, kNow - 2 * kDay);
    SurveyService surveys(*store, clock);
    ASSERT_TRUE(surveys.markSent(b, QStringLiteral("wechat")));
    auto list = surveys.unanswered(10);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).ticketNo, a); // waiting longest
    EXPECT_EQ(list->at(1).sentAt, kNow);
    EXPECT_EQ(list->at(1).channel, QStringLiteral("wechat"));
    EXPECT_EQ(*surveys.unansweredCount(), 2);

    ASSERT_TRUE(surveys.record(b, 5, QString(), std::nullopt, QStringLiteral("agent")));
    EXPECT_EQ(*surveys.unansweredCount(), 1);
}

TEST_F(SurveyServiceTest, CsvImportIsAllOrNothing)
{
    const QString a = log("C001", Category::Weight, kNow - 5 * kDay, QStringLiteral("短重"));
    const QString b = log("C002", Category::Delivery, kNow - 4 * kDay, QStringLiteral("到货延迟"));
    resolve(a, kNow - 3 * kDay);
    resolve(b, kNow - 2 * kDay);
    SurveyService surveys(*store, clock);

    const QByteArray bad = "ticket_no,score,comment,at\n" + a.toUtf8() + ",2,太慢,2026-09-21 10:00\n" + b.toUtf8() +
                           ",7,,\nT1999-000001,5,,\n";
    auto report = surveys.importData(bad, QStringLiteral("s.csv"), false, QStringLiteral("agent"));
    EXPECT_FALSE(report.committed);
    ASSERT_EQ(report.problems.size(), 2);
    EXPECT_EQ(report.problems[0].where, QStringLiteral("s.csv:3"));
    EXPECT_EQ(report.problems[1].where, QStringLiteral("s.csv:4"));
    EXPECT_TRUE(surveys.followUps(false)->isEmpty());
    EXPECT_FALSE(store->tickets().findByNumber(a)->state.surveyScore.has_value());

    const QByteArray good = "\xEF\xBB\xBFticket_no,score,comment,at\n" + a.toUtf8() +
                            ",2,\"太慢,还要催\",2026-09-21 10:00\n" + b.toUtf8() + ",5,,\n";
    auto dry = surveys.importData(good, QStringLiteral("s.csv"), true, QStringLiteral("agent"));
    EXPECT_TRUE(dry.problems.isEmpty());
    EXPECT_EQ(dry.followUps, 1);
    EXPECT_TRUE(surveys.followUps(false)->isEmpty()); // rolled back

    report = surveys.importData(good, QStringLiteral("s.csv"), false, QStringLiteral("agent"));
    EXPECT_TRUE(report.committed);
    EXPECT_EQ(report.rows, 2);
    EXPECT_EQ(report.followUps, 1);
    auto f = surveys.followUps(true);
    ASSERT_EQ(f->size(), 1);
    EXPECT_EQ(f->first().comment, QStringLiteral("太慢,还要催"));
    EXPECT_EQ(f->first().createdAt, *Instant::parse(QStringLiteral("2026-09-21 10:00")));
}

TEST_F(SurveyServiceTest, FollowUpProgressThenClose)
{
    const QString t = log("C001", Category::Packaging, kNow - 3 * kDay, QStringLiteral("打包带断裂"));
    resolve(t, kNow - 2 * kDay);
    SurveyService surveys(*store, clock);
    auto r = surveys.record(t, 1, QString(), std::nullopt, QStringLiteral("agent"));
    ASSERT_TRUE(r && r->followUp);
    const qint64 id = r->followUp->id;
    clock.advance(3600);
    auto p = surveys.reportProgress(id, QStringLiteral("已电话致歉,补发标签"), QStringLiteral("supervisor1"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->status, FollowUpStatus::Progress);
    EXPECT_FALSE(p->progressOverdue(clock.now()));
    EXPECT_FALSE(surveys.reportProgress(id, QString(), QStringLiteral("x")));
    EXPECT_FALSE(surveys.closeFollowUp(id, QString(), QStringLiteral("x"))); // needs a note
    auto c = surveys.closeFollowUp(id, QStringLiteral("客户确认满意"), QStringLiteral("supervisor1"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, FollowUpStatus::Closed);
    EXPECT_TRUE(surveys.followUps(true)->isEmpty());
    EXPECT_FALSE(surveys.closeFollowUp(id, QStringLiteral("again"), QStringLiteral("x")));
}
