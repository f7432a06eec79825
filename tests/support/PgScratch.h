#pragma once

// A PostgreSQL database of its own for one test on the server named by $INGOTDESK_TEST_PG_URL
// (scripts/pg-throwaway.sh starts one; scripts/test.sh does so for ctest), dropped afterwards.
// Without the variable, skip() says why, and the test skips.
#include "storage/postgres/PostgresSettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ingot::test {

class PgScratch {
public:
    PgScratch()
    {
        const QString base = qEnvironmentVariable("INGOTDESK_TEST_PG_URL");
        if (base.isEmpty()) {
            m_skip = QStringLiteral("INGOTDESK_TEST_PG_URL is not set (scripts/pg-throwaway.sh start prints one; "
                                    "scripts/test.sh starts a server when PostgreSQL is installed)");
            return;
        }
        auto admin = PostgresSettings::parse(base);
        if (!admin) {
            m_problem = admin.error().text();
            return;
        }
        m_admin = *admin;
        m_settings = *admin;
        m_settings.database = QStringLiteral("ingot_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_problem = run(QStringLiteral("CREATE DATABASE %1").arg(m_settings.database));
    }
    ~PgScratch()
    {
        if (m_skip.isEmpty() && m_problem.isEmpty())
            (void)run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.database));
    }
    PgScratch(const PgScratch&) = delete;
    PgScratch& operator=(const PgScratch&) = delete;

    const QString& skip() const { return m_skip; }        // non-empty: no server, skip the test
    const QString& problem() const { return m_problem; }  // non-empty: the server is there but failed
    const PostgresSettings& settings() const { return m_settings; }
    QString url() const { return m_settings.displayName(); }

private:
    // The database name is ours (letters and digits), so it may stand in the statement.
    QString run(const QString& sql) const
    {
        const QString name = QStringLiteral("ingot-scratch-") + QUuid::createUuid().toString(QUuid::Id128);
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
    QString m_skip;
    QString m_problem;
};

}  // namespace ingot::test

// Skips the test without a server, fails it when the server does not give a database.
#define INGOT_REQUIRE_PG(scratch)                                                                                    \
    do {                                                                                                             \
        if (!(scratch).skip().isEmpty())                                                                             \
            GTEST_SKIP() << "PostgreSQL test skipped: " << qPrintable((scratch).skip());                               \
        ASSERT_TRUE((scratch).problem().isEmpty()) << qPrintable((scratch).problem());                               \
    } while (false)
