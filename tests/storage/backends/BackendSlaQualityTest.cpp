// The SLA and quality repositories against both backends (BackendFixture.h): what their SQL does
// differently from the others (policy ids, NULL-typed filters, counters, searches).
#include "storage/backends/BackendFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {

class BackendSlaQualityTest : public BackendTest {};

TEST_P(BackendSlaQualityTest, PoliciesCalendarsAndCompensationCounts)
{
    SlaRepositories& sla = backend->sla();
    auto policies = sla.policies().all();
    ASSERT_TRUE(policies.ok());
    ASSERT_FALSE(policies->isEmpty());  // the shipped default
    SlaPolicy p = policies->first();
    p.name = QStringLiteral("2027");
    p.effectiveFrom = kMay1 + 86'400;
    const qint64 before = p.id;
    ASSERT_TRUE(backend->write([&] { return sla.policies().insert(p, kMay1, QStringLiteral("admin")); }).ok());
    EXPECT_GT(p.id, before);
    auto after = sla.policies().all();
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), policies->size() + 1);
    EXPECT_EQ(after->last().name, QStringLiteral("2027"));

    auto calendars = sla.calendars().all();
    ASSERT_TRUE(calendars.ok());
    ASSERT_FALSE(calendars->isEmpty());
    CalendarDefinition own = calendars->first();
    own.name = QStringLiteral("6x10");
    ASSERT_TRUE(backend->write([&] { return sla.calendars().upsert(own); }).ok());
    ASSERT_TRUE(backend->write([&] { return sla.calendars().upsert(own); }).ok());
    EXPECT_EQ(sla.calendars().all()->size(), calendars->size() + 1);

    EXPECT_EQ(*sla.compensations().count(std::nullopt), 0);
    EXPECT_EQ(*sla.compensations().count(CompensationStatus::Suggested), 0);
    EXPECT_EQ(*sla.breaches().count(), 0);
}

TEST_P(BackendSlaQualityTest, BreachesAreRecordedOnceWithTheirIds)
{
    auto t = create(*backend, QStringLiteral("C1"), QStringLiteral("a"), kMay1);
    ASSERT_TRUE(t.ok());
    SlaBreach b;
    b.ticketId = t->id;
    b.metric = SlaMetric::Response;
    b.breachedAt = kMay1 + 1800;
    b.recordedAt = kMay1 + 3600;
    SlaBreach again = b;
    Result<bool> first = false, second = true;
    ASSERT_TRUE(backend->write([&]() -> Status {
                           first = backend->sla().breaches().insert(b);
                           second = backend->sla().breaches().insert(again);
                           return success();
                       }).ok());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_TRUE(*first);
    EXPECT_FALSE(*second);
    EXPECT_GT(b.id, 0);
    auto stored = backend->sla().breaches().forTicket(t->id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().id, b.id);
    // A ticket changed since its clocks were stored is a sweep candidate (sla_version differs).
    auto candidates = backend->sla().tickets().sweepCandidates();
    ASSERT_TRUE(candidates.ok());
    EXPECT_EQ(candidates->size(), 1u);
}

TEST_P(BackendSlaQualityTest, KnowledgeCandidatesByLongShortAndMixedTerms)
{
    KnowledgeRepository& kb = backend->quality().knowledge();
    auto all = kb.all(QString());
    ASSERT_TRUE(all.ok());
    ASSERT_FALSE(all->isEmpty());
    const KnowledgeArticle& first = all->first();
    const QString word = first.title.left(2);
    for (const QStringList& terms : {QStringList{first.title}, QStringList{word}, QStringList{QStringLiteral("zzzq"), word}}) {
        auto found = kb.candidates(terms, first.language, 50);
        ASSERT_TRUE(found.ok()) << qPrintable(found.error().text());
        bool hit = false;
        for (const KnowledgeArticle& a : *found)
            hit = hit || a.code == first.code;
        EXPECT_TRUE(hit) << qPrintable(terms.join(QLatin1Char(',')));
    }
    EXPECT_TRUE(kb.candidates({QStringLiteral("zzzq")}, QString(), 50)->isEmpty());
    EXPECT_TRUE(kb.candidates({QStringLiteral("  ")}, QString(), 50)->isEmpty());
}

// Every read of the quality loop runs its statement on the backend (PostgreSQL types the bound
// values from the statement: an int where it expects a boolean is an error there, not on SQLite).
TEST_P(BackendSlaQualityTest, QualityReadsRunOnAnEmptyDesk)
{
    auto t = create(*backend, QStringLiteral("C1"), QStringLiteral("a"), kMay1);
    ASSERT_TRUE(t.ok());
    QualityRepositories& q = backend->quality();
    for (bool includeClosed : {true, false}) {
        auto actions = q.improvements().list(includeClosed);
        ASSERT_TRUE(actions.ok()) << qPrintable(actions.error().text());
        EXPECT_TRUE(actions->isEmpty());
    }
    auto unanswered = q.surveys().unanswered(10);
    ASSERT_TRUE(unanswered.ok()) << qPrintable(unanswered.error().text());
    for (bool openOnly : {true, false})
        EXPECT_TRUE(q.surveys().followUps(openOnly).ok());
    EXPECT_TRUE(q.surveys().followUpsFor(t->number).ok());
    auto facts = q.facts().ticketFacts(0, kMay1 + 1);
    ASSERT_TRUE(facts.ok()) << qPrintable(facts.error().text());
    EXPECT_EQ(facts->size(), 1);
    auto assays = q.assays().forBatch(QStringLiteral("PB1"));
    ASSERT_TRUE(assays.ok()) << qPrintable(assays.error().text());
    EXPECT_TRUE(assays->isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, BackendSlaQualityTest, ::testing::Values(Kind::Sqlite, Kind::Postgres),
                         backendName);

}  // namespace
