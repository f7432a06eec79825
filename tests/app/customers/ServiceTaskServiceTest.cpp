#include "app/customers/ServiceTaskService.h"

#include "CustomerAppFixture.h"

using namespace ingot;
using namespace ingot::test;

namespace {
using ServiceTaskServiceTest = CustomerAppFixture;
} // namespace

TEST_F(ServiceTaskServiceTest, GeneratesAMonthOnceWithOwners)
{
    addCustomer(QStringLiteral("KEY"), 3000, 8, Tier::A, Region::East);
    Customer north = addCustomer(QStringLiteral("NORTH"), 1200, 2, Tier::B, Region::Northeast);
    north.province = QStringLiteral("黑龙江");
    ASSERT_TRUE(store->write([&] { return store->customers().upsert(north); }).ok());
    addTechnician(QStringLiteral("key.1"), Region::East, TechnicianLevel::Senior, {Category::Technical},
                  QStringLiteral("大客户专属组"));
    addTechnician(QStringLiteral("ne.1"), Region::Northeast, TechnicianLevel::Intermediate, {Category::Technical});

    ServiceTaskService service(*store, clock);
    auto october = service.generate(LocalMonth{2026, 10}, false);
    ASSERT_TRUE(october.ok()) << qPrintable(october.error().text());
    // KEY: follow-up + inspection; NORTH: inspection + winter storage advice.
    ASSERT_EQ(october->created.size(), 4);
    EXPECT_EQ(october->existing, 0);
    for (const ServiceTask& t : october->created) {
        EXPECT_GT(t.id, 0);
        EXPECT_EQ(t.owner, t.customerCode == QStringLiteral("KEY") ? QStringLiteral("key.1") : QStringLiteral("ne.1"));
    }
    auto again = service.generate(LocalMonth{2026, 10}, false);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->created.isEmpty());
    EXPECT_EQ(again->existing, 4);

    ServiceTaskQuery mine;
    mine.owner = QStringLiteral("ne.1");
    auto list = service.list(mine);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().dueDate, QDate(2026, 10, 15));
    EXPECT_EQ(list->last().topic, QStringLiteral("winter_storage"));
    EXPECT_TRUE(list->last().title().contains(QStringLiteral("winter storage")));

    auto done = service.finish(list->first().id, ServiceTaskStatus::Done, QStringLiteral("visited, all fine"));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->status, ServiceTaskStatus::Done);
    EXPECT_EQ(service.list(mine)->size(), 1);
    EXPECT_EQ(service.finish(list->first().id, ServiceTaskStatus::Done, {}).error().kind, Error::Kind::BadInput);
    EXPECT_EQ(service.finish(999, ServiceTaskStatus::Done, {}).error().kind, Error::Kind::BadInput);

    auto dry = service.generate(LocalMonth{2026, 11}, true);
    ASSERT_TRUE(dry.ok());
    EXPECT_EQ(dry->created.size(), 1); // KEY's follow-up
    ServiceTaskQuery everything;
    everything.openOnly = false;
    EXPECT_EQ(service.list(everything)->size(), 4); // a dry run stores nothing
}
