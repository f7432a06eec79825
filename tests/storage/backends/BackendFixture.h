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
#include "support/TempDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QUuid>

namespace ingot::test {
inline constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

inline QString pgUrl()
{
    return qEnvironmentVariable("INGOTDESK_TEST_PG_URL");
}

// The storage a test sees, whichever backend is behind it: both are a Store.
using Backend = Store;

// A database of its own on the test server, dropped when the test ends.
class PgScratchDatabase {
public:
    PgScratchDatabase()
    {
        auto base = PostgresSettings::parse(pgUrl());
        if (!base) {
            m_problem = base.error().text();
            return;
        }
        m_admin = *base;
        m_settings = *base;
        m_settings.database = QStringLiteral("ingot_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_problem = run(QStringLiteral("CREATE DATABASE %1").arg(m_settings.database));
    }
    ~PgScratchDatabase()
    {
        if (m_problem.isEmpty())
            (void)run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.database));
    }
    const PostgresSettings& settings() const { return m_settings; }
    const QString& problem() const { return m_problem; }

private:
    // The database name is ours (letters and digits), so it may stand in the statement.
    QString run(const QString& sql) const
    {
        const QString name = QStringLiteral("ingot-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_admin.host);
            db.setPort(m_admin.port);
            db.setDatabaseName(m_admin.database);
            db.setUserName(m_admin.user);
            if (!db.open()) {
                problem = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    problem = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

    PostgresSettings m_admin;
    PostgresSettings m_settings;
    QString m_problem;
};

enum class Kind { Sqlite, Postgres };

class BackendTest : public ::testing::TestWithParam<Kind> {
protected:
    void SetUp() override
    {
        if (GetParam() == Kind::Postgres) {
            if (pgUrl().isEmpty())
                GTEST_SKIP() << "PostgreSQL variant skipped: INGOTDESK_TEST_PG_URL is not set "
                                "(scripts/pg-throwaway.sh start prints one)";
            pg = std::make_unique<PgScratchDatabase>();
            ASSERT_TRUE(pg->problem().isEmpty()) << qPrintable(pg->problem());
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
    std::unique_ptr<PgScratchDatabase> pg;
    std::unique_ptr<Backend> backend;
};

// Names the variants Sqlite and Postgres.
inline std::string backendName(const ::testing::TestParamInfo<Kind>& p)
{
    return p.param == Kind::Sqlite ? std::string("Sqlite") : std::string("Postgres");
}

}  // namespace ingot::test
