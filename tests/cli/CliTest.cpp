#include "cli/CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace ingot;

namespace {
class CliTest : public ::testing::Test {
protected:
    int run(const QStringList& words)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        CliRunner runner(clock, o, e);
        const int code = runner.run(QStringList{QStringLiteral("--db"), db} + words);
        o.flush();
        e.flush();
        return code;
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    FixedClock clock{1'790'000'000};  // 2026-09-22
    QString out, err;
};
}  // namespace

TEST_F(CliTest, InitSeedShow)
{
    ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
    ASSERT_EQ(run({QStringLiteral("init")}), 0);  // idempotent
    ASSERT_EQ(run({QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("1000")}), 0) << qPrintable(err);
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("tickets")).toInt(), 1000);

    ASSERT_EQ(run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T2025-000001")}), 0) << qPrintable(err);
    const QJsonObject t = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(t.value(QStringLiteral("ticket_no")).toString(), QStringLiteral("T2025-000001"));
    EXPECT_FALSE(t.value(QStringLiteral("history")).toArray().isEmpty());
    EXPECT_TRUE(t.value(QStringLiteral("reported_at")).toString().endsWith(QStringLiteral("+08:00")));
}

TEST_F(CliTest, ExitCodes)
{
    EXPECT_EQ(run({QStringLiteral("seed")}), 3);  // no database yet: init first
    EXPECT_FALSE(QFile::exists(db));
    ASSERT_EQ(run({QStringLiteral("init")}), 0);
    EXPECT_EQ(run({QStringLiteral("frobnicate")}), 2);
    EXPECT_EQ(run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T1999-000001")}), 2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: ")));
    EXPECT_EQ(run({QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("many")}), 2);
    EXPECT_EQ(run({QStringLiteral("seed"), QStringLiteral("--bogus")}), 2);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("planets"), QStringLiteral("x.csv")}), 2);
}

TEST_F(CliTest, BadImportExitsTwoNamingTheLine)
{
    ASSERT_EQ(run({QStringLiteral("init")}), 0);
    const QString file = QStringLiteral(INGOTDESK_TEST_DATA "/import/customers-bad-line57.csv");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"), file}), 2);
    EXPECT_TRUE(err.contains(file + QStringLiteral(":57: "))) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"),
                   QStringLiteral(INGOTDESK_TEST_DATA "/import/customers-60.csv"), QStringLiteral("--dry-run")}),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("dry run")));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("customers"), dir.filePath(QStringLiteral("c.csv"))}), 0);
    QFile exported(dir.filePath(QStringLiteral("c.csv")));
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_EQ(exported.readAll().count('\n'), 1);  // header only: the dry run and the bad file changed nothing
}

TEST_F(CliTest, NewerDatabaseExitsThreeUntouched)
{
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
    sqlite3_exec(h, "PRAGMA application_id = 1231972164; PRAGMA user_version = 42; CREATE TABLE z(a);", nullptr, nullptr,
                 nullptr);
    sqlite3_close(h);
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    EXPECT_EQ(run({QStringLiteral("init")}), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("newer")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}
