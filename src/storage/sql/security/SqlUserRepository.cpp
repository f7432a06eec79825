#include "storage/sql/security/SqlUserRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, login, display_name, role, password_hash, failed_attempts, locked_until, active, created_at, "
    "changed_at FROM users ");

User fromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = parseRole(q.value(3).toString()).value_or(Role::Agent);
    u.passwordHash = q.value(4).toString();
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntil = optionalInt(q.value(6));
    u.active = q.value(7).toInt() != 0;
    u.createdAt = q.value(8).toLongLong();
    u.changedAt = q.value(9).toLongLong();
    return u;
}

// Binds what a user row says about the account, in this order: display name, role, password hash,
// failed attempts, locked until, active (insert() and update() write the same columns).
void bindAccount(QSqlQuery& s, const User& u)
{
    s.addBindValue(text(u.displayName));
    s.addBindValue(roleKey(u.role));
    s.addBindValue(text(u.passwordHash));
    s.addBindValue(u.failedAttempts);
    s.addBindValue(nullable(u.lockedUntil));
    s.addBindValue(u.active ? 1 : 0);
}
}  // namespace

Status SqlUserRepository::insert(User& u)
{
    if (auto existing = findByLogin(u.login); existing.ok())
        return Error::badInput(QCoreApplication::translate("Storage", "there is already a user '%1'").arg(u.login),
                               QStringLiteral("login"));
    auto q = m_c.prepared(QStringLiteral(
        "INSERT INTO users (login, display_name, role, password_hash, failed_attempts, locked_until, active, "
        "created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(u.login));
    bindAccount(s, u);
    s.addBindValue(u.createdAt);
    s.addBindValue(u.changedAt);
    if (auto st = execPrepared(m_c, s, QCoreApplication::translate("Storage", "saving user %1").arg(u.login)); !st)
        return st;
    if (s.next())
        u.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Status SqlUserRepository::update(const User& u)
{
    auto q = m_c.prepared(QStringLiteral(
        "UPDATE users SET display_name = ?, role = ?, password_hash = ?, failed_attempts = ?, locked_until = ?, "
        "active = ?, changed_at = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    bindAccount(s, u);
    s.addBindValue(u.changedAt);
    s.addBindValue(u.id);
    if (auto st = execPrepared(m_c, s, QCoreApplication::translate("Storage", "saving user %1").arg(u.login)); !st)
        return st;
    const int changed = s.numRowsAffected();
    s.finish();
    if (changed != 1)
        return Error::notFound(QCoreApplication::translate("Storage", "no user '%1'").arg(u.login));
    return success();
}

Result<User> SqlUserRepository::findByLogin(const QString& login)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE login = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(login));
    if (auto st = execPrepared(m_c, s, QCoreApplication::translate("Storage", "reading user")); !st)
        return st.error();
    if (!s.next()) {
        s.finish();
        return Error::notFound(QCoreApplication::translate("Storage", "no user '%1'").arg(login));
    }
    User u = fromRow(s);
    s.finish();
    return u;
}

Result<QList<User>> SqlUserRepository::all()
{
    auto q = m_c.prepared(kSelect + QStringLiteral("ORDER BY login"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, QCoreApplication::translate("Storage", "reading users")); !st)
        return st.error();
    QList<User> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

Result<qint64> SqlUserRepository::count()
{
    auto v = m_c.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

}  // namespace ingot
