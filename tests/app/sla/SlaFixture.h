#pragma once

#include "app/sla/SlaService.h"
#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace ingot::test {

// "2026-06-01 09:00" (local) as epoch seconds.
inline qint64 local(const char* text)
{
    auto parsed = Instant::parse(QString::fromLatin1(text));
    EXPECT_TRUE(parsed.ok()) << text;
    return parsed.ok() ? *parsed : 0;
}

// A migrated database with one customer per tier (A: 24x7, B: 12x7, C: 8x5 under the default
// policy), an order of 100,000.00 CNY for each, and one technician.
class SlaFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        Status st = store->write([&]() -> Status {
            for (auto [code, tier] : {std::pair{"CA", Tier::A}, std::pair{"CB", Tier::B}, std::pair{"CC", Tier::C}}) {
                Customer c = sampleCustomer(QString::fromLatin1(code), Region::East, tier);
                c.tierOverride = tier;
                if (auto u = store->customers().upsert(c); !u)
                    return u;
                Order o;
                o.orderNo = QStringLiteral("SO-") + QString::fromLatin1(code);
                o.customerCode = c.code;
                o.grade = QStringLiteral("Pb99.994");
                o.batchNo = QStringLiteral("PB1");
                o.quantityT = 6;
                o.valueFen = 10'000'000;
                if (auto u = store->orders().upsert(o); !u)
                    return u;
            }
            Technician t;
            t.login = QStringLiteral("li.01");
            t.name = QStringLiteral("李强");
            return store->technicians().upsert(t);
        });
        ASSERT_TRUE(st.ok()) << qPrintable(st.error().text());
    }

    Ticket create(const char* customer, Priority priority, qint64 reportedAt, bool withOrder = true)
    {
        NewTicket in;
        in.customerCode = QString::fromLatin1(customer);
        if (withOrder)
            in.orderNo = QStringLiteral("SO-") + in.customerCode;
        in.priority = priority;
        in.title = QStringLiteral("铅锭表面发白");
        in.reportedAt = reportedAt;
        clock.set(std::max(clock.now(), reportedAt));
        auto t = tickets().create(in, QStringLiteral("agent"));
        EXPECT_TRUE(t.ok()) << qPrintable(t.error().text());
        return t.ok() ? *t : Ticket{};
    }

    Ticket act(const Ticket& t, Action action, qint64 at, const QString& value = {})
    {
        clock.set(std::max(clock.now(), at));
        auto r =
            tickets().act({t.number, action, value, QStringLiteral("x"), std::nullopt, at}, QStringLiteral("li.01"));
        EXPECT_TRUE(r.ok()) << qPrintable(r.error().text());
        return r.ok() ? *r : t;
    }

    TicketSla sla(const Ticket& t)
    {
        auto ticket = tickets().find(t.number);
        EXPECT_TRUE(ticket.ok());
        auto history = tickets().history(*ticket);
        auto s = service().ticketSla(*ticket, *history);
        EXPECT_TRUE(s.ok()) << qPrintable(s.error().text());
        return s.ok() ? *s : TicketSla{};
    }

    SlaSweepSummary sweep(qint64 now)
    {
        clock.set(std::max(clock.now(), now));
        auto s = service().sweep(now);
        EXPECT_TRUE(s.ok()) << qPrintable(s.error().text());
        return s.ok() ? *s : SlaSweepSummary{};
    }

    QVariant column(const Ticket& t, const char* name)
    {
        QSqlQuery q(store->connection().database());
        q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(name)));
        q.addBindValue(t.id);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0);
    }

    std::optional<qint64> nextDueAt(const Ticket& t)
    {
        const QVariant v = column(t, "next_due_at");
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }

    QList<TicketEvent> breachEvents(const Ticket& t)
    {
        QList<TicketEvent> out;
        const auto history = tickets().history(t);
        EXPECT_TRUE(history.ok());
        for (const TicketEvent& e : history.ok() ? *history : QList<TicketEvent>{})
            if (e.action == Action::Breach)
                out << e;
        return out;
    }

    TicketService tickets() { return TicketService(*store, clock); }
    SlaService service() { return SlaService(*store, clock); }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{local("2026-06-01 08:00")};
};

} // namespace ingot::test
