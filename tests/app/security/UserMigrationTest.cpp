#include "app/security/UserService.h"
#include "storage/sqlite/Migrator.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace ingot;
using ingot::test::TempDatabase;

// A schema-1 file gains the users table and the lockout settings, and has no users yet (the desk's
// first-run wizard makes the administrator; the CLI keeps working in local admin mode).
TEST(UserMigration, SchemaOneFileGetsUsersAndLockoutSettings)
{
    TempDatabase db;
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), db.path()));
    QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrator::latestVersion());
    FixedClock clock(1'790'000'000);
    UserService users(*store, clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto has = users.hasUsers();
    ASSERT_TRUE(has.ok());
    EXPECT_FALSE(*has);
    auto policy = users.lockoutPolicy();
    ASSERT_TRUE(policy.ok());
    EXPECT_EQ(policy->maxAttempts, 5);
    EXPECT_EQ(policy->lockSeconds, 15 * 60);
    auto admin = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("Lead-ingot 2026"));
    ASSERT_TRUE(admin.ok()) << qPrintable(admin.error().text());
    // The old ticket is still there.
    EXPECT_TRUE(store->tickets().findByNumber(QStringLiteral("T2025-000001")).ok());
}
