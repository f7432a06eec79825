// --user sign-in, local admin mode and the user commands, through the real CLI runner.
#include "cli/CliRunner.h"
#include "storage/sqlite/SqliteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
const QString kAdminPassword = QStringLiteral("Admin-password 1");
const QString kAgentPassword = QStringLiteral("Agent-password 2");

class UserCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qunsetenv("INGOTDESK_PASSWORD");
        qunsetenv("INGOTDESK_NEW_PASSWORD");
        qputenv("USER", "operator");
        ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
    }
    void TearDown() override
    {
        qunsetenv("INGOTDESK_PASSWORD");
        qunsetenv("INGOTDESK_NEW_PASSWORD");
    }

    int run(const QStringList& words)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        CliRunner runner(clock, o, e);
        runner.setPasswordCost(PasswordHasher::fastForTests());
        runner.setPrompt([this](const QString&) { return typed; });  // not a terminal unless a test types
        const int code = runner.run(QStringList{QStringLiteral("--db"), db} + words);
        o.flush();
        e.flush();
        return code;
    }
    int runAs(const QString& login, const QString& password, const QStringList& words)
    {
        qputenv("INGOTDESK_PASSWORD", password.toUtf8());
        const int code = run(QStringList{QStringLiteral("--user"), login} + words);
        qunsetenv("INGOTDESK_PASSWORD");
        return code;
    }
    int addUser(const QString& login, const QString& role, const QString& password)
    {
        qputenv("INGOTDESK_NEW_PASSWORD", password.toUtf8());
        const int code = run({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--name"),
                              QStringLiteral("某人"), QStringLiteral("--role"), role});
        qunsetenv("INGOTDESK_NEW_PASSWORD");
        return code;
    }
    QList<QJsonObject> auditOfUser(const QString& login)
    {
        auto store = SqliteStore::open(db);
        EXPECT_TRUE(store.ok());
        AuditQuery q;
        q.entity = QStringLiteral("user");
        q.entityId = login;
        auto page = (*store)->audit().page(q, 0, 50);
        QList<QJsonObject> rows;
        for (const AuditEntry& e : page.value())
            rows << QJsonObject{{QStringLiteral("actor"), e.actor},
                               {QStringLiteral("local"), e.localAdmin},
                               {QStringLiteral("action"), e.action}};
        return rows;
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    FixedClock clock{1'790'000'000};
    QString out, err;
    std::optional<QString> typed;
};

TEST_F(UserCliTest, LocalAdminModeCreatesUsersAndTheAuditTrailNamesIt)
{
    ASSERT_EQ(addUser(QStringLiteral("admin"), QStringLiteral("admin"), kAdminPassword), 0) << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("user admin created")));
    const auto entries = auditOfUser(QStringLiteral("admin"));
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first().value(QStringLiteral("actor")).toString(), QStringLiteral("local:operator"));
    EXPECT_TRUE(entries.first().value(QStringLiteral("local")).toBool());

    ASSERT_EQ(run({QStringLiteral("user"), QStringLiteral("list")}), 0) << qPrintable(err);
    const QJsonArray users = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    EXPECT_FALSE(out.contains(QStringLiteral("argon2")));  // hashes never leave the database
}

TEST_F(UserCliTest, UserOptionSignsInAndObeysTheMatrix)
{
    ASSERT_EQ(addUser(QStringLiteral("admin"), QStringLiteral("admin"), kAdminPassword), 0) << qPrintable(err);
    ASSERT_EQ(addUser(QStringLiteral("li.agent"), QStringLiteral("agent"), kAgentPassword), 0) << qPrintable(err);

    // An agent may not seed, approve compensation, or manage users: exit 3 with the reason.
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword, {QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("5")}), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("li.agent may not fill the database with demo data (role Agent)"))) << qPrintable(err);
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword, {QStringLiteral("user"), QStringLiteral("list")}), 3);
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword,
                    {QStringLiteral("sla"), QStringLiteral("compensation"), QStringLiteral("approve"), QStringLiteral("T2025-000001")}),
              3);

    // Backup, restore and check work on the file, and still ask who is running them.
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword, {QStringLiteral("backup"), dir.filePath(QStringLiteral("b.db"))}), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("may not back up the database"))) << qPrintable(err);
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword, {QStringLiteral("check")}), 3);
    EXPECT_EQ(runAs(QStringLiteral("admin"), kAdminPassword, {QStringLiteral("backup"), dir.filePath(QStringLiteral("b.db"))}), 0)
        << qPrintable(err);

    // The administrator may.
    EXPECT_EQ(runAs(QStringLiteral("admin"), kAdminPassword, {QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("20")}), 0)
        << qPrintable(err);
    EXPECT_EQ(runAs(QStringLiteral("admin"), kAdminPassword, {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("li.agent"),
                                                            QStringLiteral("supervisor")}),
              0)
        << qPrintable(err);
    const auto entries = auditOfUser(QStringLiteral("li.agent"));
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first().value(QStringLiteral("action")).toString(), QStringLiteral("role"));
    EXPECT_EQ(entries.first().value(QStringLiteral("actor")).toString(), QStringLiteral("admin"));
    EXPECT_FALSE(entries.first().value(QStringLiteral("local")).toBool());
}

TEST_F(UserCliTest, WrongPasswordLockoutAndUnlock)
{
    ASSERT_EQ(addUser(QStringLiteral("li.agent"), QStringLiteral("agent"), kAgentPassword), 0) << qPrintable(err);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(runAs(QStringLiteral("li.agent"), QStringLiteral("bad password"),
                        {QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T1")}),
                  3);
    EXPECT_TRUE(err.contains(QStringLiteral("locked until"))) << qPrintable(err);
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword, {QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T1")}), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("locked until"))) << qPrintable(err);
    ASSERT_EQ(run({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("li.agent")}), 0) << qPrintable(err);
    EXPECT_EQ(runAs(QStringLiteral("li.agent"), kAgentPassword, {QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T1")}), 2);
}

TEST_F(UserCliTest, NoPasswordWithoutATerminalIsAUsageError)
{
    ASSERT_EQ(addUser(QStringLiteral("li.agent"), QStringLiteral("agent"), kAgentPassword), 0) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("--user"), QStringLiteral("li.agent"), QStringLiteral("user"), QStringLiteral("list")}), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("INGOTDESK_PASSWORD"))) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("agent")}), 2);
    EXPECT_EQ(run({QStringLiteral("--user")}), 2);

    // On a terminal the password is asked for (without echo, by the real prompt).
    typed = kAgentPassword;
    EXPECT_EQ(run({QStringLiteral("--user"), QStringLiteral("li.agent"), QStringLiteral("ticket"), QStringLiteral("show"),
                   QStringLiteral("T1")}),
              2);  // signed in; the ticket does not exist
}

TEST_F(UserCliTest, UserCommandsRefuseBadInput)
{
    EXPECT_EQ(run({QStringLiteral("user")}), 2);
    EXPECT_EQ(run({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("x"), QStringLiteral("emperor")}), 2);
    qputenv("INGOTDESK_NEW_PASSWORD", "short");
    EXPECT_EQ(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("agent")}), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("at least 10 characters"))) << qPrintable(err);
}

}  // namespace
