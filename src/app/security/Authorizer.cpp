#include "app/security/Authorizer.h"

#include "core/security/PermissionMatrix.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Authorizer)
};
}  // namespace

bool Authorizer::allows(const Actor& actor, Permission permission)
{
    return PermissionMatrix::standard().allows(actor.role, permission);
}

Status Authorizer::require(const Actor& actor, Permission permission)
{
    if (allows(actor, permission))
        return success();
    return Error::refused(refusal(actor, permission));
}

QString Authorizer::refusal(const Actor& actor, Permission permission)
{
    //: %1 login, %2 what is refused (e.g. "approve or reject compensation"), %3 role name
    return Text::tr("%1 may not %2 (role %3)").arg(actor.login, permissionLabel(permission), roleLabel(actor.role));
}

}  // namespace ingot
