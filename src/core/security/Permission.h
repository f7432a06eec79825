#pragma once

#include "core/tickets/TicketTypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// Everything a person can ask the services to do that changes data, reads protected records or
// moves the database. Each write method of the services requires one (docs/security-roles.md).
enum class Permission {
    TicketCreate,
    // One per ticket action of cli-contract.md (see ticketActionPermission).
    TicketRespond,
    TicketAssess,
    TicketPlan,
    TicketDispatch,
    TicketStart,
    TicketWait,
    TicketResume,
    TicketResolve,
    TicketFeedback,
    TicketSurvey,
    TicketClose,
    TicketReopen,
    TicketCancel,
    TicketNote,
    // Imports, one per kind; holidays are the calendar edit below.
    ImportCustomers,
    ImportOrders,
    ImportTechnicians,
    ImportTickets,
    ImportEvents,
    ImportSurveys,
    Export,
    Seed,
    SlaPolicyEdit,
    CalendarEdit,
    SlaSweep,
    CompensationDecide,
    TierOverride,
    TierRuleEdit,
    TierRecompute,
    DispatchRulesEdit,
    DispatchRebalance,
    ServiceTaskPlan,
    ServiceTaskFinish,
    KnowledgeEdit,
    KnowledgeLink,
    ImprovementEdit,
    SurveyRecord,
    FollowUpEdit,
    AssayRecord,
    ReportKpi,
    Backup,
    Restore,
    Check,
    UserAdmin,
    AuditView,
};

QString permissionKey(Permission);                          // ticket.create, import.customers, ...
std::optional<Permission> parsePermission(const QString&);
// What the permission lets one do, as a verb phrase that completes "X may not ..." (translated).
QString permissionLabel(Permission);
QList<Permission> allPermissions();

// The permission a ticket action needs (system actions such as breach: none, nullopt).
std::optional<Permission> ticketActionPermission(Action action);

}  // namespace ingot
