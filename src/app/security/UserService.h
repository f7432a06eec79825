#pragma once

#include "app/security/PasswordHasher.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"
#include "core/security/LockoutPolicy.h"
#include "core/security/User.h"

namespace ingot {

// Users and sign-in: creating and administering logins (admins only, as the store's actor), the first
// administrator of an empty database, and password checks with lockout. Every change is one
// transaction with its audit entry.
class UserService final {
public:
    UserService(Store& store, const Clock& clock, PasswordHasher hasher = PasswordHasher{});

    struct NewUser {
        QString login;
        QString displayName;
        Role role = Role::Agent;
        QString password;
    };
    Result<User> create(const NewUser& input);
    // Only while the database has no users at all: the first-run wizard's administrator.
    Result<User> createFirstAdmin(const QString& login, const QString& displayName, const QString& password);
    Result<bool> hasUsers();
    // Sign-ins for a demo database: admin, a supervisor, a manager, two agents and one login per
    // technician record, with the passwords README.md lists. Existing logins are left alone.
    static constexpr const char* kDemoAdminPassword = "demo-admin-2026";
    static constexpr const char* kDemoPassword = "demo-pass-2026";
    Result<int> createDemoUsers();

    Result<QList<User>> list();
    Result<User> find(const QString& login);  // user admin, or one's own record
    Result<User> setRole(const QString& login, Role role);
    // An administrator sets anyone's password; everybody may change their own.
    Result<User> setPassword(const QString& login, const QString& password);
    Result<User> unlock(const QString& login);
    Result<User> setActive(const QString& login, bool active);

    // Checks the password; on success resets the failure count, makes the user the store's actor and
    // returns the user. Failures are Refused with a message for people: a wrong login or password
    // (the same words for both), a locked login with the time it opens again, a disabled login.
    Result<User> signIn(const QString& login, const QString& password);

    Result<LockoutPolicy> lockoutPolicy();
    static QString normalizeLogin(const QString& login);
    static Status checkLogin(const QString& login);

private:
    Result<User> change(const QString& login, const QString& action, const std::function<Status(User&, QJsonObject&)>& edit);
    Status requireAdminRemains(const User& before, const User& after);
    Status recordFailure(User user, const LockoutPolicy& policy, qint64 now, bool& lockedNow);

    Store& m_store;
    const Clock& m_clock;
    PasswordHasher m_hasher;
};

}  // namespace ingot
