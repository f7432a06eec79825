#include "core/security/Permission.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
struct PermissionName {
    Permission value;
    const char* key;
    const char* label;  // completes "X may not ..."
};
constexpr std::array kPermissions{
    PermissionName{Permission::TicketCreate, "ticket.create", QT_TRANSLATE_NOOP("Permission", "log new tickets")},
    PermissionName{Permission::TicketRespond, "ticket.respond", QT_TRANSLATE_NOOP("Permission", "record the first contact on a ticket")},
    PermissionName{Permission::TicketAssess, "ticket.assess", QT_TRANSLATE_NOOP("Permission", "assess tickets")},
    PermissionName{Permission::TicketPlan, "ticket.plan", QT_TRANSLATE_NOOP("Permission", "plan the fix of tickets")},
    PermissionName{Permission::TicketDispatch, "ticket.dispatch", QT_TRANSLATE_NOOP("Permission", "dispatch tickets")},
    PermissionName{Permission::TicketStart, "ticket.start", QT_TRANSLATE_NOOP("Permission", "start work on tickets")},
    PermissionName{Permission::TicketWait, "ticket.wait", QT_TRANSLATE_NOOP("Permission", "put tickets on hold for the customer")},
    PermissionName{Permission::TicketResume, "ticket.resume", QT_TRANSLATE_NOOP("Permission", "resume tickets on hold")},
    PermissionName{Permission::TicketResolve, "ticket.resolve", QT_TRANSLATE_NOOP("Permission", "resolve tickets")},
    PermissionName{Permission::TicketFeedback, "ticket.feedback", QT_TRANSLATE_NOOP("Permission", "record the customer's feedback on tickets")},
    PermissionName{Permission::TicketSurvey, "ticket.survey", QT_TRANSLATE_NOOP("Permission", "record survey scores on tickets")},
    PermissionName{Permission::TicketClose, "ticket.close", QT_TRANSLATE_NOOP("Permission", "close tickets")},
    PermissionName{Permission::TicketReopen, "ticket.reopen", QT_TRANSLATE_NOOP("Permission", "reopen tickets")},
    PermissionName{Permission::TicketCancel, "ticket.cancel", QT_TRANSLATE_NOOP("Permission", "cancel tickets")},
    PermissionName{Permission::TicketNote, "ticket.note", QT_TRANSLATE_NOOP("Permission", "add notes to tickets")},
    PermissionName{Permission::ImportCustomers, "import.customers", QT_TRANSLATE_NOOP("Permission", "import customers")},
    PermissionName{Permission::ImportOrders, "import.orders", QT_TRANSLATE_NOOP("Permission", "import orders")},
    PermissionName{Permission::ImportTechnicians, "import.technicians", QT_TRANSLATE_NOOP("Permission", "import technicians")},
    PermissionName{Permission::ImportTickets, "import.tickets", QT_TRANSLATE_NOOP("Permission", "import tickets")},
    PermissionName{Permission::ImportEvents, "import.events", QT_TRANSLATE_NOOP("Permission", "import ticket events")},
    PermissionName{Permission::ImportSurveys, "import.surveys", QT_TRANSLATE_NOOP("Permission", "import survey answers")},
    PermissionName{Permission::Export, "export", QT_TRANSLATE_NOOP("Permission", "export data")},
    PermissionName{Permission::Seed, "seed", QT_TRANSLATE_NOOP("Permission", "fill the database with demo data")},
    PermissionName{Permission::SlaPolicyEdit, "sla.policy", QT_TRANSLATE_NOOP("Permission", "change SLA policies")},
    PermissionName{Permission::CalendarEdit, "sla.calendar", QT_TRANSLATE_NOOP("Permission", "change service calendars and holidays")},
    PermissionName{Permission::SlaSweep, "sla.sweep", QT_TRANSLATE_NOOP("Permission", "run the SLA sweep")},
    PermissionName{Permission::CompensationDecide, "sla.compensation", QT_TRANSLATE_NOOP("Permission", "approve or reject compensation")},
    PermissionName{Permission::TierOverride, "tier.override", QT_TRANSLATE_NOOP("Permission", "override customer tiers")},
    PermissionName{Permission::TierRuleEdit, "tier.rule", QT_TRANSLATE_NOOP("Permission", "change the tier rules")},
    PermissionName{Permission::TierRecompute, "tier.recompute", QT_TRANSLATE_NOOP("Permission", "recompute customer tiers")},
    PermissionName{Permission::DispatchRulesEdit, "dispatch.rules", QT_TRANSLATE_NOOP("Permission", "change the dispatch rules")},
    PermissionName{Permission::DispatchRebalance, "dispatch.rebalance", QT_TRANSLATE_NOOP("Permission", "rebalance technicians' queues")},
    PermissionName{Permission::ServiceTaskPlan, "tasks.plan", QT_TRANSLATE_NOOP("Permission", "plan scheduled service tasks")},
    PermissionName{Permission::ServiceTaskFinish, "tasks.finish", QT_TRANSLATE_NOOP("Permission", "finish scheduled service tasks")},
    PermissionName{Permission::KnowledgeEdit, "kb.edit", QT_TRANSLATE_NOOP("Permission", "edit knowledge base articles")},
    PermissionName{Permission::KnowledgeLink, "kb.link", QT_TRANSLATE_NOOP("Permission", "record which article solved a ticket")},
    PermissionName{Permission::ImprovementEdit, "improvement.edit", QT_TRANSLATE_NOOP("Permission", "edit improvement actions")},
    PermissionName{Permission::SurveyRecord, "survey.record", QT_TRANSLATE_NOOP("Permission", "record satisfaction surveys")},
    PermissionName{Permission::FollowUpEdit, "survey.followup", QT_TRANSLATE_NOOP("Permission", "work on survey follow-ups")},
    PermissionName{Permission::AssayRecord, "assay.record", QT_TRANSLATE_NOOP("Permission", "record batch assays")},
    PermissionName{Permission::ReportKpi, "report.kpi", QT_TRANSLATE_NOOP("Permission", "produce the KPI report")},
    PermissionName{Permission::Backup, "backup", QT_TRANSLATE_NOOP("Permission", "back up the database")},
    PermissionName{Permission::Restore, "restore", QT_TRANSLATE_NOOP("Permission", "restore the database")},
    PermissionName{Permission::Check, "check", QT_TRANSLATE_NOOP("Permission", "check the database")},
    PermissionName{Permission::UserAdmin, "user.admin", QT_TRANSLATE_NOOP("Permission", "manage users")},
    PermissionName{Permission::AuditView, "audit.view", QT_TRANSLATE_NOOP("Permission", "view the audit trail")},
};
}  // namespace

QString permissionKey(Permission v)
{
    for (const auto& n : kPermissions)
        if (n.value == v)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<Permission> parsePermission(const QString& text)
{
    for (const auto& n : kPermissions)
        if (text.trimmed() == QLatin1String(n.key))
            return n.value;
    return std::nullopt;
}

QString permissionLabel(Permission v)
{
    for (const auto& n : kPermissions)
        if (n.value == v)
            return QCoreApplication::translate("Permission", n.label);
    return {};
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (const auto& n : kPermissions)
        out << n.value;
    return out;
}

std::optional<Permission> ticketActionPermission(Action action)
{
    switch (action) {
    case Action::Respond: return Permission::TicketRespond;
    case Action::Assess: return Permission::TicketAssess;
    case Action::Plan: return Permission::TicketPlan;
    case Action::Dispatch: return Permission::TicketDispatch;
    case Action::Start: return Permission::TicketStart;
    case Action::Wait: return Permission::TicketWait;
    case Action::Resume: return Permission::TicketResume;
    case Action::Resolve: return Permission::TicketResolve;
    case Action::Feedback: return Permission::TicketFeedback;
    case Action::Survey: return Permission::TicketSurvey;
    case Action::Close: return Permission::TicketClose;
    case Action::Reopen: return Permission::TicketReopen;
    case Action::Cancel: return Permission::TicketCancel;
    case Action::Note: return Permission::TicketNote;
    case Action::Breach: break;
    }
    return std::nullopt;
}

}  // namespace ingot
