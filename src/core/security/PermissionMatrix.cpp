#include "core/security/PermissionMatrix.h"

#include <array>

namespace ingot {

namespace {
// One row per permission; columns in role order: agent, technician, supervisor, manager, admin.
// Agents log and dispatch, technicians work their tickets, supervisors approve and re-dispatch,
// managers report and review, the administrator may do everything.
struct Row {
    Permission permission;
    std::array<bool, 5> roles;
};
constexpr bool Y = true;
constexpr bool n = false;
// clang-format off
constexpr std::array kStandard{
    //                                   agent tech  sup  mgr  admin
    Row{Permission::TicketCreate,       {Y,    n,    Y,   n,   Y}},
    Row{Permission::TicketRespond,      {Y,    Y,    Y,   n,   Y}},
    Row{Permission::TicketAssess,       {n,    Y,    Y,   n,   Y}},
    Row{Permission::TicketPlan,         {n,    Y,    Y,   n,   Y}},
    Row{Permission::TicketDispatch,     {Y,    n,    Y,   n,   Y}},
    Row{Permission::TicketStart,        {n,    Y,    Y,   n,   Y}},
    Row{Permission::TicketWait,         {Y,    Y,    Y,   n,   Y}},
    Row{Permission::TicketResume,       {Y,    Y,    Y,   n,   Y}},
    Row{Permission::TicketResolve,      {n,    Y,    Y,   n,   Y}},
    Row{Permission::TicketFeedback,     {Y,    Y,    Y,   n,   Y}},
    Row{Permission::TicketSurvey,       {Y,    n,    Y,   n,   Y}},
    Row{Permission::TicketClose,        {Y,    n,    Y,   n,   Y}},
    Row{Permission::TicketReopen,       {n,    n,    Y,   n,   Y}},
    Row{Permission::TicketCancel,       {Y,    n,    Y,   n,   Y}},
    Row{Permission::TicketNote,         {Y,    Y,    Y,   Y,   Y}},
    Row{Permission::ImportCustomers,    {n,    n,    n,   Y,   Y}},
    Row{Permission::ImportOrders,       {n,    n,    n,   Y,   Y}},
    Row{Permission::ImportTechnicians,  {n,    n,    n,   n,   Y}},
    Row{Permission::ImportTickets,      {n,    n,    n,   Y,   Y}},
    Row{Permission::ImportEvents,       {n,    n,    n,   Y,   Y}},
    Row{Permission::ImportSurveys,      {n,    n,    Y,   n,   Y}},
    Row{Permission::Export,             {n,    n,    Y,   Y,   Y}},
    Row{Permission::Seed,               {n,    n,    n,   n,   Y}},
    Row{Permission::SlaPolicyEdit,      {n,    n,    n,   n,   Y}},
    Row{Permission::CalendarEdit,       {n,    n,    n,   n,   Y}},
    Row{Permission::SlaSweep,           {n,    n,    Y,   Y,   Y}},
    Row{Permission::CompensationDecide, {n,    n,    Y,   Y,   Y}},
    Row{Permission::TierOverride,       {n,    n,    n,   Y,   Y}},
    Row{Permission::TierRuleEdit,       {n,    n,    n,   n,   Y}},
    Row{Permission::TierRecompute,      {n,    n,    n,   Y,   Y}},
    Row{Permission::DispatchRulesEdit,  {n,    n,    Y,   n,   Y}},
    Row{Permission::DispatchRebalance,  {n,    n,    Y,   n,   Y}},
    Row{Permission::ServiceTaskPlan,    {n,    n,    Y,   Y,   Y}},
    Row{Permission::ServiceTaskFinish,  {n,    Y,    Y,   n,   Y}},
    Row{Permission::KnowledgeEdit,      {n,    Y,    Y,   n,   Y}},
    Row{Permission::KnowledgeLink,      {Y,    Y,    Y,   n,   Y}},
    Row{Permission::ImprovementEdit,    {n,    n,    Y,   Y,   Y}},
    Row{Permission::SurveyRecord,       {Y,    n,    Y,   n,   Y}},
    Row{Permission::FollowUpEdit,       {Y,    n,    Y,   n,   Y}},
    Row{Permission::AssayRecord,        {n,    Y,    Y,   n,   Y}},
    Row{Permission::ReportKpi,          {n,    n,    Y,   Y,   Y}},
    Row{Permission::Backup,             {n,    n,    n,   n,   Y}},
    Row{Permission::Restore,            {n,    n,    n,   n,   Y}},
    Row{Permission::Check,              {n,    n,    n,   n,   Y}},
    Row{Permission::UserAdmin,          {n,    n,    n,   n,   Y}},
    Row{Permission::AuditView,          {n,    n,    n,   n,   Y}},
};
// clang-format on
constexpr std::array kColumns{Role::Agent, Role::Technician, Role::Supervisor, Role::Manager, Role::Admin};

PermissionMatrix buildStandard()
{
    PermissionMatrix m;
    for (const Row& row : kStandard)
        for (std::size_t i = 0; i < kColumns.size(); ++i)
            m.set(kColumns[i], row.permission, row.roles[i]);
    return m;
}
}  // namespace

const PermissionMatrix& PermissionMatrix::standard()
{
    static const PermissionMatrix matrix = buildStandard();
    return matrix;
}

bool PermissionMatrix::allows(Role role, Permission permission) const
{
    const auto it = m_granted.constFind(permission);
    return it != m_granted.constEnd() && it->contains(role);
}

void PermissionMatrix::set(Role role, Permission permission, bool allowed)
{
    if (allowed)
        m_granted[permission].insert(role);
    else if (auto it = m_granted.find(permission); it != m_granted.end())
        it->remove(role);
}

QList<Role> PermissionMatrix::rolesFor(Permission permission) const
{
    QList<Role> out;
    for (Role r : allRoles())
        if (allows(r, permission))
            out << r;
    return out;
}

}  // namespace ingot
