#include "app/security/UserService.h"
#include "core/security/PasswordPolicy.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {

constexpr qint64 kNow = 1'790'000'000;
const QString kGood = QStringLiteral("Lead-ingot 2026");

class UserServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        auto admin = users().createFirstAdmin(QStringLiteral("Admin"), QStringLiteral("管理员"), kGood);
        ASSERT_TRUE(admin.ok()) << qPrintable(admin.error().text());
        store->setActor(admin->actor());
    }

    UserService users() { return UserService(*store, clock, PasswordHasher(PasswordHasher::fastForTests())); }

    User add(const char* login, Role role)
    {
        auto u = users().create({QString::fromLatin1(login), QStringLiteral("某人"), role, kGood});
        EXPECT_TRUE(u.ok()) << qPrintable(u.error().text());
        return u.ok() ? *u : User{};
    }

    QList<AuditEntry> audit(const QString& login)
    {
        AuditQuery q;
        q.entity = QStringLiteral("user");
        q.entityId = login;
        auto page = store->audit().page(q, 0, 100);
        EXPECT_TRUE(page.ok());
        return page.ok() ? *page : QList<AuditEntry>{};
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{kNow};
};

TEST(PasswordHasher, HashesWithArgon2idAndVerifies)
{
    PasswordHasher h(PasswordHasher::fastForTests());
    auto hash = h.hash(QStringLiteral("铅锭 password"));
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(hash->startsWith(QStringLiteral("$argon2id$")));
    EXPECT_TRUE(h.verify(*hash, QStringLiteral("铅锭 password")));
    EXPECT_FALSE(h.verify(*hash, QStringLiteral("铅锭 passwore")));
    EXPECT_FALSE(h.verify(QString(), QStringLiteral("")));
    auto again = h.hash(QStringLiteral("铅锭 password"));
    EXPECT_NE(*hash, *again);  // salted
    // The standard cost is stronger, so a test hash needs a rehash under it.
    EXPECT_TRUE(PasswordHasher().needsRehash(*hash));
    EXPECT_FALSE(h.needsRehash(*hash));
    EXPECT_GE(PasswordHasher::standard().opsLimit, 3u);
    EXPECT_GE(PasswordHasher::standard().memLimit, std::size_t{64} * 1024 * 1024);
}

TEST(PasswordPolicy, LengthAndNotTheLogin)
{
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("short")).ok());
    EXPECT_FALSE(PasswordPolicy::check(QStringLiteral("zhang.wei01"), QStringLiteral("Zhang.Wei01")).ok());
    EXPECT_TRUE(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("0123456789")).ok());
    EXPECT_EQ(PasswordPolicy::strength(QStringLiteral("abc")), PasswordPolicy::Strength::TooShort);
    EXPECT_EQ(PasswordPolicy::strength(QStringLiteral("abcdefghijk")), PasswordPolicy::Strength::Weak);
    EXPECT_EQ(PasswordPolicy::strength(QStringLiteral("Abcdefgh12")), PasswordPolicy::Strength::Fair);
    EXPECT_EQ(PasswordPolicy::strength(QStringLiteral("Abcdefgh12-lead!")), PasswordPolicy::Strength::Strong);
}

TEST_F(UserServiceTest, FirstAdminOnlyOnAnEmptyDatabase)
{
    auto second = users().createFirstAdmin(QStringLiteral("other"), QString(), kGood);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, Error::Kind::Refused);
    auto admin = store->users().findByLogin(QStringLiteral("admin"));  // stored in lower case
    ASSERT_TRUE(admin.ok());
    EXPECT_EQ(admin->role, Role::Admin);
    EXPECT_TRUE(admin->passwordHash.startsWith(QStringLiteral("$argon2id$")));
}

TEST_F(UserServiceTest, CreateRefusesBadLoginsAndPasswords)
{
    EXPECT_EQ(users().create({QStringLiteral("a b"), {}, Role::Agent, kGood}).error().kind, Error::Kind::BadInput);
    EXPECT_EQ(users().create({QStringLiteral("system"), {}, Role::Agent, kGood}).error().kind, Error::Kind::BadInput);
    EXPECT_EQ(users().create({QStringLiteral("wang"), {}, Role::Agent, QStringLiteral("short")}).error().kind,
              Error::Kind::BadInput);
    add("wang", Role::Agent);
    EXPECT_EQ(users().create({QStringLiteral("WANG"), {}, Role::Agent, kGood}).error().kind, Error::Kind::BadInput);
}

TEST_F(UserServiceTest, SignInSucceedsAndBecomesTheActor)
{
    add("li.agent", Role::Agent);
    store->setActor(Actor::system());
    auto u = users().signIn(QStringLiteral(" Li.Agent "), kGood);
    ASSERT_TRUE(u.ok()) << qPrintable(u.error().text());
    EXPECT_EQ(store->actor().login, QStringLiteral("li.agent"));
    EXPECT_EQ(store->actor().role, Role::Agent);
    const auto entries = audit(QStringLiteral("li.agent"));
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first().action, QStringLiteral("login"));
    EXPECT_EQ(entries.first().actor, QStringLiteral("li.agent"));
}

TEST_F(UserServiceTest, UnknownLoginAndWrongPasswordSayTheSame)
{
    add("li.agent", Role::Agent);
    auto unknown = users().signIn(QStringLiteral("nobody"), kGood);
    auto wrong = users().signIn(QStringLiteral("li.agent"), QStringLiteral("not the password"));
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(unknown.error().kind, Error::Kind::Refused);
    EXPECT_EQ(unknown.error().message, wrong.error().message);
}

TEST_F(UserServiceTest, FiveFailuresLockForFifteenMinutesThenOpenAgain)
{
    add("li.agent", Role::Agent);
    for (int i = 1; i <= 4; ++i) {
        auto r = users().signIn(QStringLiteral("li.agent"), QStringLiteral("wrong password"));
        ASSERT_FALSE(r.ok());
        EXPECT_FALSE(r.error().message.contains(QStringLiteral("locked")));
    }
    auto fifth = users().signIn(QStringLiteral("li.agent"), QStringLiteral("wrong password"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_TRUE(fifth.error().message.contains(QStringLiteral("locked until 2026-09-21T22:28:20+08:00")))
        << qPrintable(fifth.error().message);
    // The right password does not help while locked, and the message says until when.
    clock.advance(14 * 60);
    auto locked = users().signIn(QStringLiteral("li.agent"), kGood);
    ASSERT_FALSE(locked.ok());
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked until"))) << qPrintable(locked.error().message);
    // After fifteen minutes it opens again, and a success clears the count.
    clock.advance(60);
    auto open = users().signIn(QStringLiteral("li.agent"), kGood);
    ASSERT_TRUE(open.ok()) << qPrintable(open.error().text());
    EXPECT_EQ(open->failedAttempts, 0);
    EXPECT_FALSE(open->lockedUntil.has_value());
    QStringList actions;
    for (const AuditEntry& e : audit(QStringLiteral("li.agent")))
        actions.prepend(e.action);
    EXPECT_EQ(actions.count(QStringLiteral("login_failed")), 5);
    EXPECT_EQ(actions.count(QStringLiteral("lock")), 1);
    EXPECT_EQ(actions.last(), QStringLiteral("login"));
}

TEST_F(UserServiceTest, LockoutRuleIsData)
{
    ASSERT_TRUE(store->write([&] {
        return store->customerRecords().settings().setValue(QStringLiteral("security.lockout_attempts"), QStringLiteral("2"));
    }).ok());
    ASSERT_TRUE(store->write([&] {
        return store->customerRecords().settings().setValue(QStringLiteral("security.lockout_minutes"), QStringLiteral("60"));
    }).ok());
    auto policy = users().lockoutPolicy();
    ASSERT_TRUE(policy.ok());
    EXPECT_EQ(policy->maxAttempts, 2);
    EXPECT_EQ(policy->lockSeconds, 3600);
    add("li.agent", Role::Agent);
    EXPECT_FALSE(users().signIn(QStringLiteral("li.agent"), QStringLiteral("wrong password")).error().message.contains(
        QStringLiteral("locked")));
    EXPECT_TRUE(users().signIn(QStringLiteral("li.agent"), QStringLiteral("wrong password")).error().message.contains(
        QStringLiteral("locked")));
}

TEST_F(UserServiceTest, AdminUnlocksAndAuditsIt)
{
    add("li.agent", Role::Agent);
    for (int i = 0; i < 5; ++i)
        (void)users().signIn(QStringLiteral("li.agent"), QStringLiteral("wrong password"));
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    auto unlocked = users().unlock(QStringLiteral("li.agent"));
    ASSERT_TRUE(unlocked.ok()) << qPrintable(unlocked.error().text());
    EXPECT_FALSE(unlocked->lockedUntil.has_value());
    EXPECT_EQ(audit(QStringLiteral("li.agent")).first().action, QStringLiteral("unlock"));
    EXPECT_TRUE(users().signIn(QStringLiteral("li.agent"), kGood).ok());
}

TEST_F(UserServiceTest, DisabledUsersCannotSignIn)
{
    add("li.agent", Role::Agent);
    ASSERT_TRUE(users().setActive(QStringLiteral("li.agent"), false).ok());
    auto r = users().signIn(QStringLiteral("li.agent"), kGood);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("disabled")));
}

TEST_F(UserServiceTest, RoleAndPasswordChangesAreAuditedAndGuarded)
{
    add("li.agent", Role::Agent);
    ASSERT_TRUE(users().setRole(QStringLiteral("li.agent"), Role::Supervisor).ok());
    const auto roleEntry = audit(QStringLiteral("li.agent")).first();
    EXPECT_EQ(roleEntry.action, QStringLiteral("role"));
    EXPECT_TRUE(roleEntry.detail.contains(QStringLiteral("\"to\":\"supervisor\""))) << qPrintable(roleEntry.detail);
    ASSERT_TRUE(users().setPassword(QStringLiteral("li.agent"), QStringLiteral("another password 9")).ok());
    EXPECT_EQ(audit(QStringLiteral("li.agent")).first().action, QStringLiteral("password"));
    EXPECT_TRUE(users().signIn(QStringLiteral("li.agent"), QStringLiteral("another password 9")).ok());

    // Signed in as the supervisor now: may change their own password, not someone else's role.
    EXPECT_TRUE(users().setPassword(QStringLiteral("li.agent"), QStringLiteral("third password 99")).ok());
    auto refused = users().setRole(QStringLiteral("admin"), Role::Agent);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
    EXPECT_EQ(users().setPassword(QStringLiteral("admin"), QStringLiteral("stolen password")).error().kind,
              Error::Kind::Refused);

    // The last administrator cannot demote or disable themselves away.
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    EXPECT_EQ(users().setRole(QStringLiteral("admin"), Role::Agent).error().kind, Error::Kind::Refused);
    EXPECT_EQ(users().setActive(QStringLiteral("admin"), false).error().kind, Error::Kind::Refused);
}

}  // namespace
