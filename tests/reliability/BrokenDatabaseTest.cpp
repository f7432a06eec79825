#include "CliProcess.h"
#include "app/tickets/TicketService.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <sqlite3.h>

using namespace ingot;
using ingot::test::runCli;
using ingot::test::TempDatabase;

namespace {
constexpr qint64 kMay1 = 1'777'593'600;

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A real desk database with some tickets, closed (WAL checkpointed into the main file).
class BrokenDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto store = db.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->write([&] {
                             Customer c = test::sampleCustomer(QStringLiteral("C1"));
                             return store->customers().upsert(c);
                         }).ok());
        FixedClock clock(kMay1);
        TicketService tickets(*store, clock);
        for (int i = 0; i < 200; ++i) {
            NewTicket in;
            in.customerCode = QStringLiteral("C1");
            in.title = QStringLiteral("氧化 %1").arg(i);
            in.description = QString(300, QLatin1Char('d'));
            in.reportedAt = kMay1 - 3600;
            ASSERT_TRUE(tickets.create(in, QStringLiteral("agent")).ok());
        }
    }

    // A command that writes: one note on the first ticket.
    QStringList writeCommand() const
    {
        return {QStringLiteral("--db"), db.path(), QStringLiteral("ticket"), QStringLiteral("act"),
                QStringLiteral("T2026-000001"), QStringLiteral("note"), QStringLiteral("--note"), QStringLiteral("x")};
    }
    QStringList checkCommand() const { return {QStringLiteral("--db"), db.path(), QStringLiteral("check")}; }

    TempDatabase db;
};
}  // namespace

TEST_F(BrokenDatabaseTest, HealthyDatabasePassesCheck)
{
    const auto r = runCli(checkCommand());
    EXPECT_EQ(r.code, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("chain intact"))) << qPrintable(r.out);
}

TEST_F(BrokenDatabaseTest, TruncatedFileIsNamedAndLeftAlone)
{
    QFile f(db.path());
    ASSERT_TRUE(f.resize(f.size() / 2));
    const QByteArray before = digest(db.path());
    const auto check = runCli(checkCommand());
    EXPECT_EQ(check.code, 3) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.err.contains(db.path())) << qPrintable(check.err);
    const auto write = runCli(writeCommand());
    EXPECT_NE(write.code, 0);
    EXPECT_EQ(digest(db.path()), before);
}

TEST_F(BrokenDatabaseTest, CorruptedPagesAreNamedAndLeftAlone)
{
    {
        QFile f(db.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QRandomGenerator rng(7);
        const qint64 pages = f.size() / 4096;
        ASSERT_GT(pages, 20);
        for (int i = 0; i < 6; ++i) {  // garbage in a few pages, never the header page
            QByteArray junk(512, Qt::Uninitialized);
            for (char& c : junk)
                c = static_cast<char>(rng.bounded(256));
            f.seek((2 + rng.bounded(static_cast<int>(pages) - 3)) * 4096 + 100);
            f.write(junk);
        }
    }
    const QByteArray before = digest(db.path());
    const auto check = runCli(checkCommand());
    EXPECT_EQ(check.code, 3) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.err.contains(db.path())) << qPrintable(check.err);
    const QString copy = db.file(QStringLiteral("copy.db"));
    const auto backup = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), copy});
    EXPECT_EQ(backup.code, 3) << qPrintable(backup.out + backup.err);
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_EQ(digest(db.path()), before);
}

TEST_F(BrokenDatabaseTest, ReadOnlyFileRefusesWritesNamingIt)
{
    QDir().mkpath(db.file(QString()));
    QFile::setPermissions(db.file(QString()), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QByteArray before = digest(db.path());
    const auto write = runCli(writeCommand(), true);
    EXPECT_EQ(write.code, 3) << qPrintable(write.out + write.err);
    EXPECT_TRUE(write.err.contains(db.path())) << qPrintable(write.err);
    EXPECT_EQ(digest(db.path()), before);
    const auto check = runCli(checkCommand(), true);
    EXPECT_EQ(check.code, 0) << qPrintable(check.out + check.err);  // reading is fine
    EXPECT_EQ(digest(db.path()), before);
}

TEST_F(BrokenDatabaseTest, ReadOnlyFolderRefusesWritesNamingTheFile)
{
    QFile::setPermissions(db.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                         QFileDevice::WriteOther);
    QFile::setPermissions(db.file(QString()),
                          QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QByteArray before = digest(db.path());
    const auto write = runCli(writeCommand(), true);
    EXPECT_EQ(write.code, 3) << qPrintable(write.out + write.err);
    EXPECT_TRUE(write.err.contains(db.path())) << qPrintable(write.err);
    const auto backup = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("backup"), db.file(QStringLiteral("b.db"))}, true);
    EXPECT_EQ(backup.code, 3) << qPrintable(backup.out + backup.err);
    // A WAL database cannot even be read where its shared-memory file cannot be created.
    EXPECT_TRUE(backup.err.contains(db.path())) << qPrintable(backup.err);
    EXPECT_FALSE(QFile::exists(db.file(QStringLiteral("b.db"))));
    QFile::setPermissions(db.file(QString()), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(digest(db.path()), before);
}

TEST_F(BrokenDatabaseTest, NewerSchemaIsRefusedUntouched)
{
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.path().toUtf8().constData(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
    const QByteArray before = digest(db.path());
    const auto write = runCli(writeCommand());
    EXPECT_EQ(write.code, 3);
    EXPECT_TRUE(write.err.contains(db.path()) && write.err.contains(QStringLiteral("newer"))) << qPrintable(write.err);
    const auto check = runCli(checkCommand());
    EXPECT_EQ(check.code, 3);
    EXPECT_TRUE(check.err.contains(QStringLiteral("newer"))) << qPrintable(check.err);
    EXPECT_EQ(digest(db.path()), before);
}

TEST_F(BrokenDatabaseTest, FullDiskRollsBackWithAMessage)
{
    auto store = db.open();
    ASSERT_TRUE(store);
    const qint64 pages = store->connection().scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
    // The database may not grow: what a full disk looks like to SQLite.
    ASSERT_TRUE(store->connection().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    FixedClock clock(kMay1);
    TicketService tickets(*store, clock);
    Status failed = success();
    for (int i = 0; i < 500 && failed.ok(); ++i) {
        NewTicket in;
        in.customerCode = QStringLiteral("C1");
        in.title = QStringLiteral("full %1").arg(i);
        in.description = QString(3000, QLatin1Char('f'));
        auto t = tickets.create(in, QStringLiteral("agent"));
        if (!t)
            failed = t.error();
    }
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("full"))) << qPrintable(failed.error().message);
    EXPECT_TRUE(failed.error().message.contains(db.path())) << qPrintable(failed.error().message);
    store.reset();
    const auto check = runCli(checkCommand());
    EXPECT_EQ(check.code, 0) << qPrintable(check.out + check.err);
}
