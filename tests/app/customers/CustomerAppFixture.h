#pragma once

#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace ingot::test {

// A fresh database, a fixed clock (Tuesday 2026-03-10 10:00 local) and helpers to add customers,
// orders and technicians by hand.
class CustomerAppFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
    }

    static qint64 at(const char* iso) { return Instant::parse(QString::fromLatin1(iso)).value(); }

    Customer addCustomer(const QString& code, double volume, int years, Tier tier, Region region = Region::East)
    {
        Customer c = sampleCustomer(code, region, tier);
        c.annualVolumeT = volume;
        c.cooperationYears = years;
        EXPECT_TRUE(store->write([&] { return store->customers().upsert(c); }).ok());
        return c;
    }

    void addOrder(const QString& customer, const QString& number, double tons, qint64 orderedAt)
    {
        Order o;
        o.orderNo = number;
        o.customerCode = customer;
        o.grade = QStringLiteral("Pb99.994");
        o.batchNo = QStringLiteral("PB-") + number;
        o.quantityT = tons;
        o.valueFen = static_cast<qint64>(tons * 1650000);
        o.orderedAt = orderedAt;
        o.deliveredAt = orderedAt + 7 * 86400;
        ASSERT_TRUE(store->write([&] { return store->orders().upsert(o); }).ok());
    }

    void addTechnician(const QString& login, Region region, TechnicianLevel level, QList<Category> skills,
                       const QString& team = QStringLiteral("华东服务组"))
    {
        Technician t;
        t.login = login;
        t.name = login;
        t.region = region;
        t.level = level;
        t.skills = std::move(skills);
        t.team = team;
        ASSERT_TRUE(store->write([&] { return store->technicians().upsert(t); }).ok());
    }

    Ticket newTicket(TicketService& tickets, const QString& customer, Category category, Priority priority,
                     std::optional<qint64> reportedAt = {})
    {
        NewTicket in;
        in.customerCode = customer;
        in.category = category;
        in.priority = priority;
        in.title = QStringLiteral("测试 ") + categoryKey(category);
        in.reportedAt = reportedAt;
        auto t = tickets.create(in, QStringLiteral("agent"));
        EXPECT_TRUE(t.ok()) << (t.ok() ? "" : qPrintable(t.error().text()));
        return t.ok() ? *t : Ticket{};
    }

    Ticket act(TicketService& tickets, const QString& number, Action action, const QString& value = {})
    {
        TicketService::ActionInput in;
        in.number = number;
        in.action = action;
        in.value = value;
        auto t = tickets.act(in, QStringLiteral("agent"));
        EXPECT_TRUE(t.ok()) << (t.ok() ? "" : qPrintable(t.error().text()));
        return t.ok() ? *t : Ticket{};
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{at("2026-03-10T10:00:00+08:00")};
};

} // namespace ingot::test
