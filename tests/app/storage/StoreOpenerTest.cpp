#include "app/storage/StoreOpener.h"
#include "storage/postgres/PostgresStore.h"
#include "support/PgScratch.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <type_traits>

using namespace ingot;

namespace {
class StoreOpenerTest : public ::testing::Test {
protected:
    void TearDown() override { StoreOpener::setPasswordFile({}); }

    QString writeFile(const QString& name, const QByteArray& text, QFileDevice::Permissions permissions)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        f.setPermissions(permissions);
        return path;
    }

    QTemporaryDir dir;
};

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}  // namespace

TEST_F(StoreOpenerTest, AFilePathIsSqliteAndAnAddressIsPostgres)
{
    EXPECT_EQ(StoreOpener::backendOf(QStringLiteral("/var/lib/desk.db")), StoreOpener::Backend::Sqlite);
    EXPECT_EQ(StoreOpener::backendOf(QStringLiteral("desk.db")), StoreOpener::Backend::Sqlite);
    EXPECT_EQ(StoreOpener::backendOf(QStringLiteral("postgresql://wang@db.local/desk")), StoreOpener::Backend::Postgres);
    EXPECT_EQ(StoreOpener::backendOf(QStringLiteral("postgres://wang@db.local:6543/desk")),
              StoreOpener::Backend::Postgres);
    // A file that happens to start like a word is still a file.
    EXPECT_EQ(StoreOpener::backendOf(QStringLiteral("postgresql.db")), StoreOpener::Backend::Sqlite);

    auto s = StoreOpener::postgresSettings(QStringLiteral("postgresql://wang@db.local:6543/desk"));
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().text());
    EXPECT_EQ(s->user, QStringLiteral("wang"));
    EXPECT_EQ(s->host, QStringLiteral("db.local"));
    EXPECT_EQ(s->port, 6543);
    EXPECT_EQ(s->database, QStringLiteral("desk"));
    EXPECT_TRUE(s->password.isEmpty());  // left to libpq: $PGPASSWORD, $PGPASSFILE, ~/.pgpass
    auto d = StoreOpener::postgresSettings(QStringLiteral("postgresql://wang@db.local/desk"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->port, 5432);
}

TEST_F(StoreOpenerTest, AnAddressWithAPasswordIsRefusedWithoutRepeatingIt)
{
    const QString address = QStringLiteral("postgresql://wang:s3cret@db.local/desk");
    auto s = StoreOpener::postgresSettings(address);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("--db-password-file"))) << qPrintable(s.error().message);
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("s3cret")));
    EXPECT_FALSE(StoreOpener::displayName(address).contains(QStringLiteral("s3cret")));
    auto opened = StoreOpener::open(address, {});
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Kind::BadInput);
}

TEST_F(StoreOpenerTest, IncompleteAddressesAreBadInput)
{
    for (const char* bad : {"postgresql://db.local/desk", "postgresql://wang@db.local/", "postgresql://wang@db.local/a/b"}) {
        auto s = StoreOpener::postgresSettings(QString::fromLatin1(bad));
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().kind, Error::Kind::BadInput) << bad;
    }
}

TEST_F(StoreOpenerTest, DisplayNames)
{
    EXPECT_EQ(StoreOpener::displayName(QStringLiteral("postgresql://wang@db.local/desk")),
              QStringLiteral("postgresql://wang@db.local:5432/desk"));
    EXPECT_EQ(StoreOpener::displayName(dir.filePath(QStringLiteral("a.db"))), dir.filePath(QStringLiteral("a.db")));
}

TEST_F(StoreOpenerTest, PasswordFileAloneOrPgpassLinesAndPrivateOnly)
{
    const QString alone = writeFile(QStringLiteral("pw"), "only-the-password\n", kPrivate);
    StoreOpener::setPasswordFile(alone);
    auto s = StoreOpener::postgresSettings(QStringLiteral("postgresql://wang@db.local/desk"));
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().text());
    EXPECT_EQ(s->password, QStringLiteral("only-the-password"));

    const QString pgpass = writeFile(QStringLiteral("pgpass"),
                                     "# desks\nother:5432:desk:wang:wrong\ndb.local:5432:*:wang:right\n", kPrivate);
    StoreOpener::setPasswordFile(pgpass);
    s = StoreOpener::postgresSettings(QStringLiteral("postgresql://wang@db.local/desk"));
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().text());
    EXPECT_EQ(s->password, QStringLiteral("right"));
    s = StoreOpener::postgresSettings(QStringLiteral("postgresql://li@db.local/desk"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);

    const QString shared = writeFile(QStringLiteral("shared"), "pw\n", kPrivate | QFileDevice::ReadOther);
    StoreOpener::setPasswordFile(shared);
    s = StoreOpener::postgresSettings(QStringLiteral("postgresql://wang@db.local/desk"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("chmod 600")));

    StoreOpener::setPasswordFile(dir.filePath(QStringLiteral("missing")));
    EXPECT_FALSE(StoreOpener::postgresSettings(QStringLiteral("postgresql://wang@db.local/desk")).ok());
}

TEST_F(StoreOpenerTest, FileOnlyWorkRefusesAnAddress)
{
    EXPECT_TRUE(StoreOpener::requireFile(dir.filePath(QStringLiteral("a.db")), QStringLiteral("backup")).ok());
    auto st = StoreOpener::requireFile(QStringLiteral("postgresql://wang@db.local/desk"), QStringLiteral("backup"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("SQLite database file")));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("pg_dump")));
}

TEST_F(StoreOpenerTest, OpensSqliteCreatingOnlyWhenAsked)
{
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    auto missing = StoreOpener::open(path, {});
    ASSERT_FALSE(missing.ok());
    EXPECT_FALSE(QFile::exists(path));
    auto created = StoreOpener::open(path, StoreOpener::Options{true, true, false});
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().text());
    EXPECT_EQ(created->backend, StoreOpener::Backend::Sqlite);
    EXPECT_GT(created->schemaVersion, 0);
    created->store.reset();
    auto again = StoreOpener::openExisting(path);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().text());
}

TEST_F(StoreOpenerTest, OpensPostgres)
{
    test::PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    auto opened = StoreOpener::open(pg.url(), {});
    if constexpr (std::is_convertible_v<PostgresStore*, Store*>) {
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().text());
        EXPECT_EQ(opened->backend, StoreOpener::Backend::Postgres);
        EXPECT_GT(opened->schemaVersion, 0);
    } else {
        // Until every repository exists on PostgreSQL the address is refused with a clear message.
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().kind, Error::Kind::Refused);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("PostgreSQL")));
    }
    // A server that does not answer is refused, not an internal error.
    auto nowhere = StoreOpener::open(QStringLiteral("postgresql://ingot@127.0.0.1:1/nothing"), {});
    ASSERT_FALSE(nowhere.ok());
    EXPECT_NE(nowhere.error().kind, Error::Kind::Internal) << qPrintable(nowhere.error().text());
}
