#include "app/security/UserService.h"

#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"
#include "core/common/Instant.h"
#include "core/security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

const QString kEntity = QStringLiteral("user");

Error wrongCredentials()
{
    return Error::refused(Text::tr("wrong login or password"));
}

Error lockedError(const User& u)
{
    return Error::refused(Text::tr("%1 is locked until %2 after too many failed sign-ins; try again then, or ask an "
                                   "administrator to unlock it")
                              .arg(u.login, Instant::format(*u.lockedUntil)));
}
}  // namespace

UserService::UserService(Store& store, const Clock& clock, PasswordHasher hasher)
    : m_store(store), m_clock(clock), m_hasher(std::move(hasher))
{
}

QString UserService::normalizeLogin(const QString& login)
{
    return login.trimmed().toLower();
}

Status UserService::checkLogin(const QString& login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._@-]{0,63}$"));
    if (!valid.match(login).hasMatch())
        return Error::badInput(Text::tr("a login is 1-64 letters, digits, '.', '_', '-' or '@', starting with a "
                                        "letter or digit"),
                               QStringLiteral("login"));
    if (login == QLatin1String("system"))
        return Error::badInput(Text::tr("'system' is reserved for the desk's own work"), QStringLiteral("login"));
    return success();
}

Result<bool> UserService::hasUsers()
{
    auto n = m_store.users().count();
    if (!n)
        return n.error();
    return *n > 0;
}

Result<LockoutPolicy> UserService::lockoutPolicy()
{
    LockoutPolicy policy;
    auto& settings = m_store.customerRecords().settings();
    auto attempts = settings.value(QString::fromLatin1(LockoutPolicy::kAttemptsKey));
    if (!attempts)
        return attempts.error();
    auto minutes = settings.value(QString::fromLatin1(LockoutPolicy::kMinutesKey));
    if (!minutes)
        return minutes.error();
    bool ok = false;
    if (*attempts)
        if (const int v = attempts->value().toInt(&ok); ok && v > 0)
            policy.maxAttempts = v;
    if (*minutes)
        if (const qint64 v = minutes->value().toLongLong(&ok); ok && v > 0)
            policy.lockSeconds = v * 60;
    return policy;
}

Result<User> UserService::create(const NewUser& in)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
        return allowed.error();
    User u;
    u.login = normalizeLogin(in.login);
    if (auto st = checkLogin(u.login); !st)
        return st.error();
    if (auto st = PasswordPolicy::check(u.login, in.password); !st)
        return st.error();
    auto hash = m_hasher.hash(in.password);
    if (!hash)
        return hash.error();
    u.displayName = in.displayName.trimmed();
    u.role = in.role;
    u.passwordHash = *hash;
    u.createdAt = u.changedAt = m_clock.now();
    Status st = m_store.write([&]() -> Status {
        if (auto inserted = m_store.users().insert(u); !inserted)
            return inserted;
        return AuditTrail::record(m_store, m_clock, kEntity, u.login, QStringLiteral("create"),
                                  {{QStringLiteral("role"), roleKey(u.role)}, {QStringLiteral("name"), u.displayName}});
    });
    if (!st)
        return st.error();
    return u;
}

Result<User> UserService::createFirstAdmin(const QString& login, const QString& displayName, const QString& password)
{
    User u;
    u.login = normalizeLogin(login);
    if (auto st = checkLogin(u.login); !st)
        return st.error();
    if (auto st = PasswordPolicy::check(u.login, password); !st)
        return st.error();
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    u.displayName = displayName.trimmed();
    u.role = Role::Admin;
    u.passwordHash = *hash;
    u.createdAt = u.changedAt = m_clock.now();
    Status st = m_store.write([&]() -> Status {
        // Checked inside the transaction: two desks finishing the wizard at once make one admin.
        auto n = m_store.users().count();
        if (!n)
            return n.error();
        if (*n > 0)
            return Error::refused(Text::tr("the database already has users; sign in as an administrator to add more"));
        if (auto inserted = m_store.users().insert(u); !inserted)
            return inserted;
        return AuditTrail::record(m_store, m_clock, kEntity, u.login, QStringLiteral("create"),
                                  {{QStringLiteral("role"), roleKey(u.role)},
                                   {QStringLiteral("name"), u.displayName},
                                   {QStringLiteral("first_run"), true}});
    });
    if (!st)
        return st.error();
    return u;
}

Result<int> UserService::createDemoUsers()
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
        return allowed.error();
    QList<NewUser> wanted{
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Admin, QString::fromLatin1(kDemoAdminPassword)},
        {QStringLiteral("zhou.supervisor"), QStringLiteral("周主管"), Role::Supervisor, QString::fromLatin1(kDemoPassword)},
        {QStringLiteral("qian.manager"), QStringLiteral("钱经理"), Role::Manager, QString::fromLatin1(kDemoPassword)},
        {QStringLiteral("wang.agent"), QStringLiteral("王客服"), Role::Agent, QString::fromLatin1(kDemoPassword)},
        {QStringLiteral("chen.agent"), QStringLiteral("陈客服"), Role::Agent, QString::fromLatin1(kDemoPassword)},
    };
    auto technicians = m_store.technicians().all();
    if (!technicians)
        return technicians.error();
    for (const Technician& t : technicians.value())
        wanted << NewUser{t.login, t.name, Role::Technician, QString::fromLatin1(kDemoPassword)};
    int made = 0;
    for (const NewUser& u : std::as_const(wanted)) {
        if (m_store.users().findByLogin(normalizeLogin(u.login)).ok())
            continue;
        auto created = create(u);
        if (!created)
            return created.error();
        ++made;
    }
    return made;
}

Result<QList<User>> UserService::list()
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
        return allowed.error();
    return m_store.users().all();
}

Result<User> UserService::find(const QString& login)
{
    const QString l = normalizeLogin(login);
    if (l != m_store.actor().login)
        if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
            return allowed.error();
    auto u = m_store.users().findByLogin(l);
    if (!u && u.error().kind == Error::Kind::NotFound)
        return Error::badInput(u.error().message, QStringLiteral("login"));
    return u;
}

Status UserService::requireAdminRemains(const User& before, const User& after)
{
    const bool wasAdmin = before.active && before.role == Role::Admin;
    const bool isAdmin = after.active && after.role == Role::Admin;
    if (!wasAdmin || isAdmin)
        return success();
    auto users = m_store.users().all();
    if (!users)
        return users.error();
    for (const User& other : users.value())
        if (other.id != before.id && other.active && other.role == Role::Admin)
            return success();
    return Error::refused(Text::tr("%1 is the last active administrator; make another user an administrator first")
                              .arg(before.login));
}

Result<User> UserService::change(const QString& login, const QString& action,
                                 const std::function<Status(User&, QJsonObject&)>& edit)
{
    User result;
    Status st = m_store.write([&]() -> Status {
        auto found = m_store.users().findByLogin(normalizeLogin(login));
        if (!found)
            return found.error().kind == Error::Kind::NotFound ? Error::badInput(found.error().message, QStringLiteral("login"))
                                                               : found.error();
        User u = *found;
        QJsonObject detail;
        if (auto edited = edit(u, detail); !edited)
            return edited;
        if (auto kept = requireAdminRemains(*found, u); !kept)
            return kept;
        u.changedAt = m_clock.now();
        if (auto updated = m_store.users().update(u); !updated)
            return updated;
        if (auto recorded = AuditTrail::record(m_store, m_clock, kEntity, u.login, action, detail); !recorded)
            return recorded;
        result = u;
        return success();
    });
    if (!st)
        return st.error();
    return result;
}

Result<User> UserService::setRole(const QString& login, Role role)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
        return allowed.error();
    return change(login, QStringLiteral("role"), [&](User& u, QJsonObject& detail) -> Status {
        detail.insert(QStringLiteral("from"), roleKey(u.role));
        detail.insert(QStringLiteral("to"), roleKey(role));
        u.role = role;
        return success();
    });
}

Result<User> UserService::setPassword(const QString& login, const QString& password)
{
    const QString l = normalizeLogin(login);
    if (l != m_store.actor().login || m_store.actor().localAdmin)
        if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
            return allowed.error();
    if (auto st = PasswordPolicy::check(l, password); !st)
        return st.error();
    auto hash = m_hasher.hash(password);  // outside the transaction: it takes a while
    if (!hash)
        return hash.error();
    return change(l, QStringLiteral("password"), [&](User& u, QJsonObject&) -> Status {
        u.passwordHash = *hash;
        u.failedAttempts = 0;
        u.lockedUntil.reset();
        return success();
    });
}

Result<User> UserService::unlock(const QString& login)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
        return allowed.error();
    return change(login, QStringLiteral("unlock"), [&](User& u, QJsonObject& detail) -> Status {
        detail.insert(QStringLiteral("failed_attempts"), u.failedAttempts);
        u.failedAttempts = 0;
        u.lockedUntil.reset();
        return success();
    });
}

Result<User> UserService::setActive(const QString& login, bool active)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::UserAdmin); !allowed)
        return allowed.error();
    return change(login, active ? QStringLiteral("enable") : QStringLiteral("disable"),
                  [&](User& u, QJsonObject&) -> Status {
                      u.active = active;
                      return success();
                  });
}

Status UserService::recordFailure(User u, const LockoutPolicy& policy, qint64 now, bool& lockedNow)
{
    return m_store.write([&]() -> Status {
        if (u.lockedUntil && *u.lockedUntil <= now) {  // an expired lock starts a new count
            u.lockedUntil.reset();
            u.failedAttempts = 0;
        }
        ++u.failedAttempts;
        QJsonObject detail{{QStringLiteral("failed_attempts"), u.failedAttempts}};
        lockedNow = u.failedAttempts >= policy.maxAttempts;
        if (lockedNow) {
            u.lockedUntil = now + policy.lockSeconds;
            detail.insert(QStringLiteral("locked_until"), Instant::format(*u.lockedUntil));
        }
        u.changedAt = now;
        if (auto updated = m_store.users().update(u); !updated)
            return updated;
        if (auto recorded = AuditTrail::record(m_store, m_clock, kEntity, u.login, QStringLiteral("login_failed"), detail);
            !recorded)
            return recorded;
        if (lockedNow)
            return AuditTrail::record(m_store, m_clock, kEntity, u.login, QStringLiteral("lock"), detail);
        return success();
    });
}

Result<User> UserService::signIn(const QString& login, const QString& password)
{
    const QString l = normalizeLogin(login);
    const qint64 now = m_clock.now();
    auto policy = lockoutPolicy();
    if (!policy)
        return policy.error();
    auto found = m_store.users().findByLogin(l);
    if (!found) {
        if (found.error().kind != Error::Kind::NotFound)
            return found.error();
        // As long as a real check, so the answer's timing does not tell which logins exist.
        m_hasher.spendVerifyTime(password);
        return wrongCredentials();
    }
    User u = *found;
    if (u.lockedAt(now)) {
        m_hasher.spendVerifyTime(password);
        return lockedError(u);
    }
    if (!m_hasher.verify(u.passwordHash, password)) {
        bool lockedNow = false;
        if (auto st = recordFailure(u, *policy, now, lockedNow); !st)
            return st.error();
        if (lockedNow) {
            u.lockedUntil = now + policy->lockSeconds;
            return lockedError(u);
        }
        return wrongCredentials();
    }
    if (!u.active)
        return Error::refused(Text::tr("the login %1 is disabled; ask an administrator").arg(u.login));

    QString rehashed;  // a hash of an older cost is replaced while the password is at hand
    if (m_hasher.needsRehash(u.passwordHash))
        if (auto h = m_hasher.hash(password))
            rehashed = *h;
    const Actor previous = m_store.actor();
    m_store.setActor(u.actor());
    Status st = m_store.write([&]() -> Status {
        u.failedAttempts = 0;
        u.lockedUntil.reset();
        if (!rehashed.isEmpty())
            u.passwordHash = rehashed;
        u.changedAt = now;
        if (auto updated = m_store.users().update(u); !updated)
            return updated;
        return AuditTrail::record(m_store, m_clock, kEntity, u.login, QStringLiteral("login"), {});
    });
    if (!st) {
        m_store.setActor(previous);
        return st.error();
    }
    return u;
}

}  // namespace ingot
