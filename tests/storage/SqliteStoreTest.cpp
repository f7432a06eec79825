#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/SqliteConnection.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
QVariant pragma(SqliteStore& s, const char* name)
{
    return *s.connection().scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
}

QByteArray bytes(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void makeSqliteFile(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}
}  // namespace

TEST(SqliteStore, NewFileGetsTheLatestSchemaInWalWithForeignKeys)
{
    TempDatabase db;
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ(pragma(*store, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*store, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(*store, "application_id").toInt(), 0x496E6744);
}

TEST(SqliteStore, OpeningTwiceIsIdempotent)
{
    TempDatabase db;
    { auto s = db.open(); }
    auto again = db.open();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->schemaVersion(), Migrator::latestVersion());
}

TEST(SqliteStore, MissingFileIsNotCreatedUnlessAsked)
{
    TempDatabase db;
    auto r = SqliteStore::open(db.path(), SqliteStore::Options{false, true, false});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Refused);
    EXPECT_FALSE(QFile::exists(db.path()));
}

TEST(SqliteStore, NewerSchemaIsRefusedAndLeftUntouched)
{
    TempDatabase db;
    makeSqliteFile(db.path(), "PRAGMA application_id = 1231972164; PRAGMA user_version = 99; CREATE TABLE x(a);");
    const QByteArray before = bytes(db.path());
    auto r = SqliteStore::open(db.path());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("newer")));
    EXPECT_EQ(bytes(db.path()), before);
    EXPECT_FALSE(QFile::exists(db.path() + QStringLiteral("-wal")));
}

TEST(SqliteStore, ForeignDatabaseIsRefused)
{
    TempDatabase db;
    makeSqliteFile(db.path(), "CREATE TABLE accounts(id INTEGER PRIMARY KEY);");
    const QByteArray before = bytes(db.path());
    auto r = SqliteStore::open(db.path());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("not an IngotDesk database")));
    EXPECT_EQ(bytes(db.path()), before);
}

TEST(SqliteStore, GarbageFileIsRefusedWithAMessage)
{
    TempDatabase db;
    QFile f(db.path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto r = SqliteStore::open(db.path());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Refused);
    EXPECT_EQ(bytes(db.path()), QByteArray(8192, 'x'));
}

TEST(SqliteStore, FailedWorkIsRolledBack)
{
    TempDatabase db;
    auto store = db.open();
    Customer c = test::sampleCustomer(QStringLiteral("C1"));
    Status st = store->write([&]() -> Status {
        if (auto s = store->customers().upsert(c); !s)
            return s;
        return Error::badInput(QStringLiteral("stop"));
    });
    EXPECT_FALSE(st.ok());
    EXPECT_EQ(*store->customers().count(), 0);
}
