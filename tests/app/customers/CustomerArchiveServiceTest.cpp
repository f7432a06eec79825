#include "app/customers/CustomerArchiveService.h"

#include "CustomerAppFixture.h"
#include "app/customers/ServiceTaskService.h"
#include "app/customers/TierService.h"
#include "app/seed/DemoSeeder.h"

#include <QElapsedTimer>

using namespace ingot;
using namespace ingot::test;

namespace {
using CustomerArchiveServiceTest = CustomerAppFixture;
} // namespace

TEST_F(CustomerArchiveServiceTest, OneCustomerWithFiveThousandTicketsOpensAtOnce)
{
    DemoSeeder::Options options;
    options.customers = 1;
    options.tickets = 5000;
    options.seed = 11;
    options.from = clock.now() - 365 * 86400;
    options.to = clock.now();
    ASSERT_TRUE(DemoSeeder(*store).run(options).ok());
    const QString code = QStringLiteral("C00001");
    ASSERT_TRUE(TierService(*store, clock)
                    .override(code, Tier::A, QStringLiteral("key account"), QStringLiteral("admin"))
                    .ok());
    ASSERT_TRUE(ServiceTaskService(*store, clock).generate(LocalMonth{2026, 4}, false).ok());

    CustomerArchiveService service(*store, clock);
    QElapsedTimer timer;
    timer.start();
    auto archive = service.load(code);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(archive.ok()) << qPrintable(archive.error().text());
    std::printf("[ measure  ] archive of %lld tickets loaded in %lld ms\n",
                static_cast<long long>(archive->tickets.size()), static_cast<long long>(ms));
    EXPECT_LT(ms, 1000);

    const CustomerArchive& a = *archive;
    EXPECT_EQ(a.customer.code, code);
    EXPECT_EQ(a.tickets.size(), 5000);
    EXPECT_GE(a.tickets.first().reportedAt, a.tickets.last().reportedAt); // newest first
    EXPECT_FALSE(a.orders.isEmpty());
    EXPECT_GT(a.surveys.size(), 1000);
    ASSERT_EQ(a.satisfaction.size(), 12);
    EXPECT_EQ(a.satisfaction.last().month, QStringLiteral("2026-03"));
    EXPECT_GT(a.satisfaction.at(5).surveys, 0);
    EXPECT_EQ(a.tierHistory.size(), 1);
    EXPECT_FALSE(a.assessment.reasons.isEmpty());
    EXPECT_FALSE(a.openTasks.isEmpty()); // April's follow-up visit of the A account
    EXPECT_EQ(a.health.parts.size(), 4);
    EXPECT_EQ(a.totals.tickets, 5000);
    EXPECT_GT(a.totals.breached, 0);
    EXPECT_GT(a.totals.averageScore, 3.0);
    EXPECT_GT(a.healthInputs.tickets, 4000);

    EXPECT_EQ(service.load(QStringLiteral("NOPE")).error().kind, Error::Kind::BadInput);
}

TEST_F(CustomerArchiveServiceTest, HealthInputsCountTheLastTwelveMonths)
{
    const qint64 now = clock.now();
    auto line = [](qint64 reported, bool breached, bool resolved, int reopen, Stage stage = Stage::Closed) {
        CustomerTicketLine t;
        t.reportedAt = reported;
        t.breached = breached;
        if (resolved)
            t.resolvedAt = reported + 3600;
        t.reopenCount = reopen;
        t.stage = stage;
        return t;
    };
    const QList<CustomerTicketLine> tickets{
        line(now - 10 * 86400, true, true, 1),
        line(now - 100 * 86400, false, true, 0),
        line(now - 200 * 86400, false, false, 0, Stage::InProgress),
        line(now - 300 * 86400, true, false, 0, Stage::Cancelled), // cancelled: left out
        line(now - 400 * 86400, true, true, 2),                    // older than a year
    };
    const QList<SurveyPoint> surveys{{now - 5 * 86400, 5, {}}, {now - 50 * 86400, 3, {}}, {now - 500 * 86400, 1, {}}};
    Order recent, previous;
    recent.quantityT = 120;
    recent.orderedAt = now - 30 * 86400;
    previous.quantityT = 200;
    previous.orderedAt = now - 250 * 86400;
    const HealthInputs in = CustomerArchiveService::healthInputs(tickets, surveys, {recent, previous}, now);
    EXPECT_EQ(in.tickets, 3);
    EXPECT_EQ(in.breachedTickets, 1);
    EXPECT_EQ(in.resolvedTickets, 2);
    EXPECT_EQ(in.reopenedTickets, 1);
    EXPECT_EQ(in.surveys, 2);
    EXPECT_DOUBLE_EQ(in.averageScore, 4.0);
    EXPECT_DOUBLE_EQ(in.recentVolumeT, 120);
    EXPECT_DOUBLE_EQ(in.previousVolumeT, 200);
}
