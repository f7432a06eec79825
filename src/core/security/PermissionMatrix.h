#pragma once

#include "core/security/Actor.h"
#include "core/security/Permission.h"

#include <QHash>
#include <QSet>

namespace ingot {

// Role x Permission -> allowed. The standard matrix is a table of data (PermissionMatrix.cpp, and
// the same table in docs/security-roles.md); the services ask it through Authorizer, the desk asks
// it only to grey out what would be refused anyway.
class PermissionMatrix final {
public:
    PermissionMatrix() = default;

    // The shipped matrix (docs/security-roles.md).
    static const PermissionMatrix& standard();

    bool allows(Role role, Permission permission) const;
    void set(Role role, Permission permission, bool allowed);
    QList<Role> rolesFor(Permission permission) const;

private:
    QHash<Permission, QSet<Role>> m_granted;
};

}  // namespace ingot
