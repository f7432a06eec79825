#pragma once

#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace ingot::test {

// A fresh migrated database with two customers, orders of two batches, and helpers to log and
// resolve tickets at given instants.
class QualityFixture : public ::testing::Test {
protected:
    static constexpr qint64 kNow = 1'790'000'000; // 2026-09-21 22:13 +08:00
    static constexpr qint64 kDay = 86400;

    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->write([&]() -> Status {
            for (const char* code : {"C001", "C002", "C003"}) {
                Customer c = sampleCustomer(QString::fromLatin1(code));
                if (auto st = store->customers().upsert(c); !st)
                    return st;
            }
            const struct {
                const char* order;
                const char* customer;
                const char* batch;
                double tons;
            } orders[] = {
                {"O-1", "C001", "B2606-01", 32}, {"O-2", "C002", "B2606-01", 64}, {"O-3", "C003", "B2606-02", 30}};
            for (const auto& o : orders) {
                Order order;
                order.orderNo = QString::fromLatin1(o.order);
                order.customerCode = QString::fromLatin1(o.customer);
                order.grade = QStringLiteral("Pb99.994");
                order.batchNo = QString::fromLatin1(o.batch);
                order.quantityT = o.tons;
                order.valueFen = 100;
                order.deliveredAt = kNow - 90 * kDay;
                if (auto st = store->orders().upsert(order); !st)
                    return st;
            }
            return success();
        }));
    }

    QString log(const char* customer, Category category, qint64 at, const QString& title, const char* order = "",
                const QString& description = {})
    {
        clock.set(at);
        NewTicket t;
        t.customerCode = QString::fromLatin1(customer);
        t.orderNo = QString::fromLatin1(order);
        t.category = category;
        t.title = title;
        t.description = description;
        t.reportedAt = at;
        auto created = TicketService(*store, clock).create(t, QStringLiteral("agent"));
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().text()));
        clock.set(kNow);
        return created.ok() ? created->number : QString();
    }

    void resolve(const QString& number, qint64 at)
    {
        TicketService service(*store, clock);
        for (Action a : {Action::Assess, Action::Resolve}) {
            TicketService::ActionInput in;
            in.number = number;
            in.action = a;
            in.at = at;
            auto r = service.act(in, QStringLiteral("tech"));
            ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
        }
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{kNow};
};

} // namespace ingot::test
