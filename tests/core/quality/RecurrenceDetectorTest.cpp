#include "core/quality/RecurrenceDetector.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kNow = 1'790'000'000; // 2026-09-22

TicketFact fact(const char* number, const char* customer, Category category, qint64 daysAgo, const char* batch = "",
                Region region = Region::East)
{
    return TicketFact{
        QString::fromLatin1(number), QString::fromLatin1(customer), QString::fromLatin1(batch), region, category,
        kNow - daysAgo * kDay};
}

RecurrenceRules onlyCustomer()
{
    RecurrenceRules r;
    r.batch.enabled = false;
    r.region.enabled = false;
    return r;
}
} // namespace

TEST(RecurrenceDetector, ThresholdExactlyMetMakesACluster)
{
    const QList<TicketFact> tickets{fact("T1", "C1", Category::Packaging, 80),
                                    fact("T2", "C1", Category::Packaging, 40),
                                    fact("T3", "C1", Category::Packaging, 1)};
    const auto clusters = RecurrenceDetector::detect(tickets, kNow, onlyCustomer());
    ASSERT_EQ(clusters.size(), 1);
    EXPECT_EQ(clusters[0].kind, ClusterKind::CustomerCategory);
    EXPECT_EQ(clusters[0].signature, QStringLiteral("customer:C1:packaging"));
    EXPECT_EQ(clusters[0].tickets, (QStringList{"T1", "T2", "T3"}));
    EXPECT_EQ(clusters[0].firstAt, kNow - 80 * kDay);
    EXPECT_EQ(clusters[0].lastAt, kNow - kDay);
    EXPECT_EQ(clusters[0].category, Category::Packaging);
}

TEST(RecurrenceDetector, OneBelowThresholdIsNothing)
{
    const QList<TicketFact> tickets{fact("T1", "C1", Category::Packaging, 80),
                                    fact("T2", "C1", Category::Packaging, 40)};
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, onlyCustomer()).isEmpty());
}

TEST(RecurrenceDetector, OtherCategoryOrCustomerDoesNotCount)
{
    const QList<TicketFact> tickets{fact("T1", "C1", Category::Packaging, 10), fact("T2", "C1", Category::Weight, 9),
                                    fact("T3", "C2", Category::Packaging, 8)};
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, onlyCustomer()).isEmpty());
}

TEST(RecurrenceDetector, WindowEdgesAreInclusive)
{
    // The window is [now - 90 days, now]: a ticket exactly 90 days old counts, one second older does not.
    QList<TicketFact> tickets{fact("T1", "C1", Category::Porosity, 90), fact("T2", "C1", Category::Porosity, 30),
                              fact("T3", "C1", Category::Porosity, 0)};
    auto clusters = RecurrenceDetector::detect(tickets, kNow, onlyCustomer());
    ASSERT_EQ(clusters.size(), 1);
    EXPECT_EQ(clusters[0].count(), 3);

    tickets[0].reportedAt -= 1;
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, onlyCustomer()).isEmpty());
}

TEST(RecurrenceDetector, TicketsAfterNowAreIgnored)
{
    QList<TicketFact> tickets{fact("T1", "C1", Category::Porosity, 10), fact("T2", "C1", Category::Porosity, 5),
                              fact("T3", "C1", Category::Porosity, 0)};
    tickets[2].reportedAt = kNow + 1;
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, onlyCustomer()).isEmpty());
    tickets[2].reportedAt = kNow;
    EXPECT_EQ(RecurrenceDetector::detect(tickets, kNow, onlyCustomer()).size(), 1);
}

TEST(RecurrenceDetector, TwoClustersShareTickets)
{
    // Two customers got batch B7; C1 complains three times about its porosity. The batch cluster
    // (T1 T2 T3 T4) and C1's customer cluster (T1 T2 T3) share three tickets; both are reported.
    const QList<TicketFact> tickets{
        fact("T1", "C1", Category::Porosity, 50, "B7"), fact("T2", "C1", Category::Porosity, 40, "B7"),
        fact("T3", "C1", Category::Porosity, 20, "B7"), fact("T4", "C2", Category::Composition, 10, "B7"),
        fact("T5", "C3", Category::Delivery, 5, "B8")};
    RecurrenceRules rules;
    rules.region.enabled = false;
    const auto clusters = RecurrenceDetector::detect(tickets, kNow, rules);
    ASSERT_EQ(clusters.size(), 2);
    EXPECT_EQ(clusters[0].kind, ClusterKind::Batch); // batch clusters come first
    EXPECT_EQ(clusters[0].batchNo, QStringLiteral("B7"));
    EXPECT_EQ(clusters[0].tickets, (QStringList{"T1", "T2", "T3", "T4"}));
    EXPECT_EQ(clusters[0].category, Category::Porosity); // the batch's most frequent category
    EXPECT_EQ(clusters[1].kind, ClusterKind::CustomerCategory);
    EXPECT_EQ(clusters[1].tickets, (QStringList{"T1", "T2", "T3"}));
}

TEST(RecurrenceDetector, BatchWindowIsShorterThanCustomerWindow)
{
    // Defaults: batch 2 in 60 days. 61 days apart is not a batch cluster.
    const QList<TicketFact> tickets{fact("T1", "C1", Category::Porosity, 61, "B9"),
                                    fact("T2", "C2", Category::Porosity, 0, "B9")};
    RecurrenceRules rules;
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, rules).isEmpty());
    rules.batch.windowSeconds = 61 * kDay;
    EXPECT_EQ(RecurrenceDetector::detect(tickets, kNow, rules).size(), 1);
}

TEST(RecurrenceDetector, EmptyBatchIsNotABatch)
{
    const QList<TicketFact> tickets{fact("T1", "C1", Category::Weight, 3), fact("T2", "C2", Category::Delivery, 2)};
    RecurrenceRules rules;
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, rules).isEmpty());
}

TEST(RecurrenceDetector, RegionCluster)
{
    QList<TicketFact> tickets;
    for (int i = 0; i < 5; ++i)
        tickets << fact(qPrintable(QStringLiteral("T%1").arg(i)), qPrintable(QStringLiteral("C%1").arg(i)),
                        Category::Delivery, 29 - i, "", Region::South);
    tickets << fact("T9", "C9", Category::Delivery, 1, "", Region::North);
    RecurrenceRules rules;
    const auto clusters = RecurrenceDetector::detect(tickets, kNow, rules);
    ASSERT_EQ(clusters.size(), 1);
    EXPECT_EQ(clusters[0].kind, ClusterKind::RegionCategory);
    EXPECT_EQ(clusters[0].signature, QStringLiteral("region:华南:delivery"));
    EXPECT_EQ(clusters[0].region, Region::South);
    EXPECT_EQ(clusters[0].count(), 5);
}

TEST(RecurrenceDetector, ClosedActionQuietsTheTicketsItDealtWith)
{
    const QList<TicketFact> tickets{
        fact("T1", "C1", Category::Packaging, 60), fact("T2", "C1", Category::Packaging, 50),
        fact("T3", "C1", Category::Packaging, 40), fact("T4", "C1", Category::Packaging, 5)};
    const QString sig = QStringLiteral("customer:C1:packaging");
    // The action closed 45 days ago: T1 and T2 are done with; T3 and T4 are only two.
    EXPECT_TRUE(RecurrenceDetector::detect(tickets, kNow, onlyCustomer(), {{sig, kNow - 45 * kDay}}).isEmpty());
    // Closed 55 days ago: T2, T3, T4 came after it, and the problem is back.
    const auto back = RecurrenceDetector::detect(tickets, kNow, onlyCustomer(), {{sig, kNow - 55 * kDay}});
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back[0].tickets, (QStringList{"T2", "T3", "T4"}));
}

TEST(RecurrenceDetector, OrderIsDeterministic)
{
    QList<TicketFact> tickets;
    for (int i = 0; i < 4; ++i)
        tickets << fact(qPrintable(QStringLiteral("A%1").arg(i)), "C2", Category::Weight, i);
    for (int i = 0; i < 3; ++i)
        tickets << fact(qPrintable(QStringLiteral("B%1").arg(i)), "C1", Category::Weight, i);
    const auto a = RecurrenceDetector::detect(tickets, kNow, onlyCustomer());
    std::reverse(tickets.begin(), tickets.end());
    const auto b = RecurrenceDetector::detect(tickets, kNow, onlyCustomer());
    ASSERT_EQ(a.size(), 2);
    ASSERT_EQ(b.size(), 2);
    EXPECT_EQ(a[0].signature, QStringLiteral("customer:C2:weight")); // larger first
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(a[i].signature, b[i].signature);
        EXPECT_EQ(a[i].tickets, b[i].tickets);
    }
}
