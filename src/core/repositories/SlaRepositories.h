#pragma once

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"
#include "core/sla/CalendarDefinition.h"
#include "core/sla/CompensationSuggestion.h"
#include "core/sla/SlaBreach.h"
#include "core/sla/SlaPolicy.h"
#include "core/tickets/TicketEvent.h"

#include <QHash>
#include <QList>
#include <optional>
#include <vector>

namespace ingot {

// Storage of the SLA engine seen from the domain (sla-kpi-spec.md). Methods that write expect to run
// inside Store::write().

class SlaPolicyRepository {
public:
    virtual ~SlaPolicyRepository() = default;
    // Every version, oldest effective_from first. Policies are never changed in place: a change is a
    // new version, so tickets keep the policy they were reported under.
    virtual Result<QList<SlaPolicy>> all() = 0;
    virtual Status insert(SlaPolicy& policy, qint64 createdAt, const QString& createdBy) = 0; // sets id
};

class CalendarRepository {
public:
    virtual ~CalendarRepository() = default;
    virtual Result<QList<CalendarDefinition>> all() = 0;
    virtual Status upsert(const CalendarDefinition& calendar) = 0; // by name
};

// What the clocks of one ticket depend on, and what is stored about them with the ticket.
struct SlaTicket {
    qint64 id = 0;
    QString number;
    Tier tier = Tier::C;
    Priority priority = Priority::P3;
    Stage stage = Stage::Reported;
    qint64 reportedAt = 0;
    std::optional<qint64> policyId;  // the policy it was reported under; none until first evaluated
    std::optional<qint64> nextDueAt; // earliest due instant of a running clock
    std::optional<qint64> nextAtRiskAt; // when the clock of nextDueAt turns at risk
    int version = 0;
    std::optional<int> slaVersion;       // the version whose clocks were last stored
    std::optional<qint64> orderValueFen; // the linked order's value; none without an order
};

// Whose tickets a person hears about when their clocks turn at risk or breach (SlaNoticeService).
struct SlaNoticeScope {
    QString login;
    bool createdToo = false; // also the tickets this login created (the audit trail's ticket create)
    bool everyone = false;   // every open ticket, whoever works it
};

// One notice given to one person: a clock of a ticket turned at risk or breached at `at`.
struct SlaNotice {
    QString login;
    qint64 ticketId = 0;
    QString number;
    SlaMetric metric = SlaMetric::Response;
    bool breached = false; // false: turned at risk
    qint64 at = 0;         // the instant it turned
    qint64 dueAt = 0;      // the clock's due instant
    qint64 noticedAt = 0;

    bool operator==(const SlaNotice&) const = default;
};

// The SLA columns of tickets and the reads an evaluation needs.
class SlaTicketRepository {
public:
    virtual ~SlaTicketRepository() = default;
    // Ids of the tickets whose clocks may still change: an open stage, or changed since their clocks
    // were last stored (imports, migrations). Ascending.
    virtual Result<std::vector<qint64>> sweepCandidates() = 0;
    virtual Result<QList<SlaTicket>> load(const QList<qint64>& ids) = 0;
    virtual Result<SlaTicket> find(qint64 ticketId) = 0;
    // The history of each ticket as far as clocks care (instant and action), in order.
    virtual Result<QHash<qint64, QList<TicketEvent>>> clockEvents(const QList<qint64>& ids) = 0;
    // Stores the policy, the next due instant, when that clock turns at risk, and the version they
    // were computed for; without a version the ticket stays due for the next sweep. The ticket's own
    // version is not bumped: nobody's edit goes stale because clocks were stored.
    virtual Status store(qint64 ticketId, qint64 policyId, std::optional<qint64> nextDueAt,
                         std::optional<qint64> nextAtRiskAt, std::optional<int> evaluatedVersion) = 0;
    // Bulk form for freshly loaded tickets: every ticket with an id in [firstId, lastId] is under
    // `policyId`, has no running clock and is evaluated at its current version.
    virtual Status storeEvaluated(qint64 firstId, qint64 lastId, qint64 policyId) = 0;
    // Open tickets in the scope whose stored at-risk or due instant lies in (from, to], leaving out
    // those whose notice for that instant scope.login already has; earliest due first. Both instants
    // are indexed, so the cost follows the tickets turning in the window, not the desk's size.
    virtual Result<QList<SlaTicket>> turnedBetween(const SlaNoticeScope& scope, qint64 from, qint64 to, int limit) = 0;
};

// The notices already given (sla_notices), so each is given once per person, ticket, clock and kind.
class SlaNoticeRepository {
public:
    virtual ~SlaNoticeRepository() = default;
    // Records the notice unless it was given already: true when new.
    virtual Result<bool> claim(const SlaNotice& notice) = 0;
};

class SlaBreachRepository {
public:
    virtual ~SlaBreachRepository() = default;
    // Records the breach unless the ticket's clock already has one: true when it was new.
    virtual Result<bool> insert(SlaBreach& breach) = 0;
    virtual Status setOverrun(qint64 ticketId, SlaMetric metric, qint64 overrunSeconds) = 0;
    virtual Result<QList<SlaBreach>> forTicket(qint64 ticketId) = 0;
    virtual Result<QHash<qint64, QList<SlaBreach>>> forTickets(const QList<qint64>& ticketIds) = 0;
    virtual Result<qint64> count() = 0;
};

class CompensationRepository {
public:
    virtual ~CompensationRepository() = default;
    // The rule in force (settings compensation.rate_bp / compensation.cap_bp; defaults 500 / 3000).
    virtual Result<CompensationRule> rule() = 0;
    virtual Result<std::optional<CompensationSuggestion>> forTicket(qint64 ticketId) = 0;
    virtual Result<QHash<qint64, CompensationSuggestion>> forTickets(const QList<qint64>& ticketIds) = 0;
    // Inserts, or updates the one of the same ticket; sets id.
    virtual Status save(CompensationSuggestion& suggestion) = 0;
    virtual Result<qint64> count(std::optional<CompensationStatus> status) = 0;
};

// The SLA repositories of one store (Store::sla()).
class SlaRepositories {
public:
    virtual ~SlaRepositories() = default;
    virtual SlaPolicyRepository& policies() = 0;
    virtual CalendarRepository& calendars() = 0;
    virtual SlaTicketRepository& tickets() = 0;
    virtual SlaBreachRepository& breaches() = 0;
    virtual CompensationRepository& compensations() = 0;
    virtual SlaNoticeRepository& notices() = 0;
};

} // namespace ingot
