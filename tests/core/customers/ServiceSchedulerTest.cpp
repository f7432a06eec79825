#include "core/service/ServiceScheduler.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
ScheduleCustomer customer(const char* code, Tier tier, Region region, const char* province, double volume)
{
    return {QString::fromLatin1(code), QString::fromLatin1(code), tier, region, QString::fromUtf8(province), volume,
            QStringLiteral("owner.1")};
}

// One line per task, joined: readable when an expectation fails.
QString describe(const QList<ServiceTask>& tasks)
{
    QStringList out;
    for (const ServiceTask& t : tasks)
        out << QStringLiteral("%1 %2 %3%4")
                   .arg(t.dueDate.toString(Qt::ISODate), t.customerCode, serviceTaskKindKey(t.kind),
                        t.topic.isEmpty() ? QString() : QLatin1Char(' ') + t.topic);
    return out.join(QLatin1Char('\n'));
}

const QList<ScheduleCustomer> kCustomers{
    customer("A-EAST", Tier::A, Region::East, "江苏省", 2500),   // follow-up, inspection, coastal
    customer("B-NORTH", Tier::B, Region::North, "山西", 1200),   // inspection, north (inland)
    customer("C-INLAND", Tier::C, Region::Central, "河南", 300), // nothing
    customer("C-COAST", Tier::C, Region::South, "广东", 100),    // coastal only
};
} // namespace

TEST(ServiceScheduler, AnOrdinaryMonthHasOnlyFollowUps)
{
    const auto tasks = ServiceScheduler::dueIn(2026, 3, kCustomers, {});
    EXPECT_EQ(describe(tasks), QStringLiteral("2026-03-10 A-EAST follow_up_visit"));
    EXPECT_EQ(tasks.first().owner, QStringLiteral("owner.1"));
}

TEST(ServiceScheduler, QuarterStartAddsInspectionsAndAprilTheHumidityAdvice)
{
    const auto tasks = ServiceScheduler::dueIn(2026, 4, kCustomers, {});
    EXPECT_EQ(describe(tasks), QStringLiteral("2026-04-01 A-EAST seasonal_advice rainy_season_humidity\n"
                                              "2026-04-01 C-COAST seasonal_advice rainy_season_humidity\n"
                                              "2026-04-10 A-EAST follow_up_visit\n"
                                              "2026-04-15 A-EAST onsite_inspection\n"
                                              "2026-04-15 B-NORTH onsite_inspection"));
}

TEST(ServiceScheduler, OctoberBringsWinterStorageAdviceToTheNorth)
{
    const auto tasks = ServiceScheduler::dueIn(2026, 10, kCustomers, {});
    EXPECT_TRUE(describe(tasks).contains(QStringLiteral("2026-10-25 B-NORTH seasonal_advice winter_storage")));
    EXPECT_FALSE(describe(tasks).contains(QStringLiteral("C-COAST")));
}

TEST(ServiceScheduler, RulesAreData)
{
    ServiceScheduleRules rules;
    rules.followUpTiers = {Tier::A, Tier::B};
    rules.followUpDay = 31; // clamped to the month's last day
    rules.inspectionMonths = {};
    rules.seasonal.clear();
    const auto tasks = ServiceScheduler::dueIn(2026, 2, kCustomers, rules);
    EXPECT_EQ(describe(tasks), QStringLiteral("2026-02-28 A-EAST follow_up_visit\n2026-02-28 B-NORTH follow_up_visit"));
    EXPECT_TRUE(ServiceScheduler::dueIn(2026, 13, kCustomers, rules).isEmpty());
}
