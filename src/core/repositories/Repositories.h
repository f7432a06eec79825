#pragma once

#include "core/common/Result.h"
#include "core/repositories/AuditRepository.h"
#include "core/security/Actor.h"
#include "core/customers/Customer.h"
#include "core/customers/Order.h"
#include "core/customers/Technician.h"
#include "core/repositories/CustomerRepositories.h"
#include "core/repositories/QualityRepositories.h"
#include "core/repositories/QueueQuery.h"
#include "core/repositories/SlaRepositories.h"
#include "core/repositories/UserRepository.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketEvent.h"

#include <QList>
#include <functional>
#include <memory>

namespace ingot {

class SlaBoardRepository;
class KpiRepository;

// Storage seen from the domain. Implementations live in src/storage; nothing here knows SQL.
// Methods that write expect to run inside Store::write().

class CustomerRepository {
public:
    virtual ~CustomerRepository() = default;
    virtual Status upsert(Customer& customer) = 0;  // by code; sets id
    virtual Result<Customer> findByCode(const QString& code) = 0;
    // Search as you type over code, name and city; best matches first.
    virtual Result<QList<Customer>> search(const QString& text, int limit) = 0;
    virtual Status forEach(const std::function<void(const Customer&)>& visit) = 0;
    virtual Result<qint64> count() = 0;
};

class OrderRepository {
public:
    virtual ~OrderRepository() = default;
    virtual Status upsert(Order& order) = 0;  // by order number; sets id
    virtual Result<Order> findByNumber(const QString& orderNo) = 0;
    virtual Result<QList<Order>> forCustomer(const QString& customerCode) = 0;
};

class TechnicianRepository {
public:
    virtual ~TechnicianRepository() = default;
    virtual Status upsert(Technician& technician) = 0;  // by login; sets id
    virtual Result<Technician> findByLogin(const QString& login) = 0;
    virtual Result<QList<Technician>> all() = 0;
};

class TicketRepository {
public:
    virtual ~TicketRepository() = default;
    // Allocates the next human number of the year (T2026-000123); unique even under concurrent desks.
    virtual Result<QString> allocateNumber(int year) = 0;
    // Inserts a ticket whose number is set (allocated or imported); sets id and version 1.
    virtual Status insert(Ticket& ticket) = 0;
    // Bulk loads that evaluated the clocks of the new ticket beforehand (seeding): stores the policy,
    // the next due instant and when that clock turns at risk, evaluated at version 1, in the inserted
    // row itself, which saves a second write of every row. Gives false when this store did not, and
    // then the caller stores them.
    virtual Result<bool> insertWithClocks(Ticket& ticket, qint64 slaPolicyId, std::optional<qint64> nextDueAt,
                                          std::optional<qint64> nextAtRiskAt)
    {
        Q_UNUSED(slaPolicyId);
        Q_UNUSED(nextDueAt);
        Q_UNUSED(nextAtRiskAt);
        if (auto st = insert(ticket); !st)
            return st.error();
        return false;
    }
    // Appends one history entry and stores the ticket's new state, refusing a stale version.
    virtual Status appendEvent(Ticket& ticket, TicketEvent& event, int expectedVersion) = 0;
    // Bulk load of a history whose result is already in the inserted ticket's state (seeding,
    // migration from other systems): no per-event state update.
    virtual Status insertHistory(const Ticket& ticket, QList<TicketEvent>& events) = 0;
    virtual Result<Ticket> findByNumber(const QString& number) = 0;
    virtual Result<QList<TicketEvent>> events(qint64 ticketId) = 0;
    virtual Result<QList<QueueRow>> page(const QueueFilter& filter, QueueSort sort, qint64 offset, int limit) = 0;
    virtual Result<qint64> count(const QueueFilter& filter) = 0;
    virtual Status forEach(const std::function<void(const Ticket&)>& visit) = 0;
    // Around many inserts inside one Store::write() (seeding, imports): work that is cheaper in one
    // pass, such as the search index, or the secondary indexes of a load into empty tables, is done
    // by endBulkInsert(), which must run before the write returns. Queries in between may be slow.
    virtual Status beginBulkInsert() { return success(); }
    virtual Status endBulkInsert() { return success(); }
};

class HolidayRepository {
public:
    virtual ~HolidayRepository() = default;
    struct Entry {
        QString date;  // yyyy-MM-dd, local
        bool workday = false;  // make-up workday (调休) rather than holiday
        QString name;
        QString calendar;  // empty: every calendar that observes holidays
    };
    virtual Status upsert(const Entry& entry) = 0;
    // Removes the entry of `date` for `calendar` (empty: the general one); NotFound when there is none.
    virtual Status remove(const QString& date, const QString& calendar) = 0;
    virtual Result<QList<Entry>> all() = 0;
};

// The unit of work: one connection, its repositories, and write transactions.
class Store {
public:
    virtual ~Store() = default;
    virtual CustomerRepository& customers() = 0;
    virtual OrderRepository& orders() = 0;
    virtual TechnicianRepository& technicians() = 0;
    virtual TicketRepository& tickets() = 0;
    virtual HolidayRepository& holidays() = 0;
    virtual QualityRepositories& quality() = 0;  // knowledge base, surveys, improvements, batches, assays
    virtual CustomerRepositories& customerRecords() = 0;  // tier history, archive reads, duty, tasks, settings
    virtual SlaRepositories& sla() = 0;  // policies, calendars, clocks stored with tickets, breaches, compensation
    virtual UserRepository& users() = 0;  // sign-in, roles, lockout
    virtual AuditRepository& audit() = 0;  // the hash-chained audit trail
    // The read models of the SLA board and the monthly KPI report, made on this store's connection.
    // Each keeps state between its statements (a report's cohort table), so every reader takes its own.
    virtual std::unique_ptr<SlaBoardRepository> boardReads() = 0;
    virtual std::unique_ptr<KpiRepository> kpiReads() = 0;
    // Who the changes made through this store are recorded as (AuditTrail); Actor::system() until set.
    void setActor(const Actor& actor) { m_actor = actor; }
    const Actor& actor() const { return m_actor; }
    // Runs `work` in one write transaction: committed when it succeeds, rolled back otherwise.
    virtual Status write(const std::function<Status()>& work) = 0;

private:
    Actor m_actor = Actor::system();
};

}  // namespace ingot
