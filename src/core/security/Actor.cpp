#include "core/security/Actor.h"

#include "core/common/KeyedEnum.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using R = KeyedName<Role>;
constexpr std::array kRoles{
    R{Role::Agent, "agent", "客服", QT_TRANSLATE_NOOP("Role", "Agent")},
    R{Role::Technician, "technician", "技术人员", QT_TRANSLATE_NOOP("Role", "Technician")},
    R{Role::Supervisor, "supervisor", "主管", QT_TRANSLATE_NOOP("Role", "Supervisor")},
    R{Role::Manager, "manager", "经理", QT_TRANSLATE_NOOP("Role", "Manager")},
    R{Role::Admin, "admin", "管理员", QT_TRANSLATE_NOOP("Role", "Administrator")},
};
}  // namespace

QString roleKey(Role v) { return keyOf<Role>(kRoles, v); }
std::optional<Role> parseRole(const QString& t) { return parseKeyed<Role>(kRoles, t); }
QString roleLabel(Role v)
{
    for (const auto& n : kRoles)
        if (n.value == v)
            return QCoreApplication::translate("Role", n.label);
    return {};
}
QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto& n : kRoles)
        out << n.value;
    return out;
}

}  // namespace ingot
