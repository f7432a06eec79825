#pragma once

// The fixture of the repository tests that run against both backends: BackendTest is parameterised
// by Kind; the PostgreSQL variant needs a server: $INGOTDESK_TEST_PG_URL (scripts/pg-throwaway.sh
// starts one; scripts/test.sh does so when the packages are there) names a database whose user may
// create databases. Each test gets a database of its own, dropped afterwards.
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresMigrator.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"
#include "support/PgScratch.h"
#include "support/TempDatabase.h"

#include <QSet>

namespace ingot::test {
inline constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

// The storage a test sees, whichever backend is behind it: both are a Store.
using Backend = Store;

enum class Kind { Sqlite, Postgres };

class BackendTest : public ::testing::TestWithParam<Kind> {
protected:
    void SetUp() override
    {
        if (GetParam() == Kind::Postgres) {
            pg = std::make_unique<PgScratch>();
            INGOT_REQUIRE_PG(*pg);
        }
        backend = open();
        ASSERT_TRUE(backend);
        ASSERT_TRUE(backend->write([&]() -> Status {
                               Customer a = test::sampleCustomer(QStringLiteral("C1"), Region::East, Tier::A);
                               Customer b = test::sampleCustomer(QStringLiteral("C2"), Region::North, Tier::C);
                               b.name = QStringLiteral("北方电缆厂");
                               if (auto s = backend->customers().upsert(a); !s)
                                   return s;
                               return backend->customers().upsert(b);
                           }).ok());
    }

    // Another connection to the same desk, as a second desk would have.
    std::unique_ptr<Backend> open() const
    {
        if (GetParam() == Kind::Sqlite) {
            auto s = SqliteStore::open(db.path());
            EXPECT_TRUE(s.ok()) << (s.ok() ? "" : qPrintable(s.error().text()));
            return s.ok() ? std::unique_ptr<Backend>(std::move(s).value()) : nullptr;
        }
        auto s = PostgresStore::open(pg->settings());
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : qPrintable(s.error().text()));
        return s.ok() ? std::unique_ptr<Backend>(std::move(s).value()) : nullptr;
    }

    Result<Ticket> create(Backend& b, const QString& customer, const QString& title, qint64 at,
                          Priority priority = Priority::P3)
    {
        Ticket t;
        Status st = b.write([&]() -> Status {
            auto no = b.tickets().allocateNumber(2026);
            if (!no)
                return no.error();
            t.number = *no;
            t.customerCode = customer;
            t.title = title;
            t.priority = priority;
            t.state.reportedAt = at;
            t.state.lastEventAt = at;
            return b.tickets().insert(t);
        });
        if (!st)
            return st.error();
        return t;
    }

    test::TempDatabase db;
    std::unique_ptr<PgScratch> pg;
    std::unique_ptr<Backend> backend;
};

// The fixture of the tests only PostgreSQL has: a database of their own, or a skip without a server.
class PostgresOnlyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        pg = std::make_unique<PgScratch>();
        INGOT_REQUIRE_PG(*pg);
    }
    std::unique_ptr<PgScratch> pg;
};

// Names the variants Sqlite and Postgres.
inline std::string backendName(const ::testing::TestParamInfo<Kind>& p)
{
    return p.param == Kind::Sqlite ? std::string("Sqlite") : std::string("Postgres");
}

}  // namespace ingot::test
