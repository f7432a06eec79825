#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// The roles of the service desk, from least to most trusted. What each may do is the permission
// matrix's business (see PermissionMatrix), not the order here.
enum class Role { Agent, Technician, Supervisor, Manager, Admin };

QString roleKey(Role);                            // agent, technician, supervisor, manager, admin
std::optional<Role> parseRole(const QString&);    // the key or the Chinese name (客服, 技术人员, ...)
QString roleLabel(Role);                          // translated
QList<Role> allRoles();

// Who is acting: the signed-in user of a desk, the --user of a CLI run, or the logged local
// administrator of a CLI run without --user. Every audit entry names one.
struct Actor {
    QString login;  // "system" for work the desk does by itself (sweeps, scheduled tasks)
    Role role = Role::Agent;
    bool localAdmin = false;  // CLI without --user: full rights, and said so in the audit trail

    static Actor system() { return {QStringLiteral("system"), Role::Admin, false}; }
};

}  // namespace ingot
