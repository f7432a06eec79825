#pragma once

#include "core/common/Result.h"
#include "core/customers/CustomerTicketLine.h"
#include "core/customers/TierEvent.h"
#include "core/service/ServiceTask.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// Storage for customer tiers, the customer archive, dispatch and scheduled service, seen from the
// domain. Methods that write expect to run inside Store::write().

class TierHistoryRepository {
public:
    virtual ~TierHistoryRepository() = default;
    virtual Status append(TierEvent& event) = 0;                                   // sets id
    virtual Result<QList<TierEvent>> forCustomer(const QString& customerCode) = 0; // oldest first
};

// Orders of one customer summed over a window.
struct OrderTotals {
    int orders = 0;
    double tons = 0;
};

// The reads behind a customer's archive and the dispatch engine, each one indexed query.
class CustomerArchiveRepository {
public:
    virtual ~CustomerArchiveRepository() = default;
    // Every ticket of the customer, newest first.
    virtual Result<QList<CustomerTicketLine>> tickets(const QString& customerCode) = 0;
    // Survey answers of the customer's tickets, oldest first.
    virtual Result<QList<SurveyPoint>> surveys(const QString& customerCode) = 0;
    // Orders per customer code ordered (or, without an order date, delivered) in [from, to).
    virtual Result<QHash<QString, OrderTotals>> orderTotals(qint64 from, qint64 to) = 0;
    // Open tickets per assignee login (unassigned ones left out).
    virtual Result<QHash<QString, int>> openLoad() = 0;
};

// A technician's working calendar and how many open tickets they carry at most.
struct TechnicianDuty {
    QString calendar;            // a calendar name (8x5, 12x7, 24x7 or an admin's own)
    std::optional<int> capacity; // none: the dispatch rules' default
};

class TechnicianDutyRepository {
public:
    virtual ~TechnicianDutyRepository() = default;
    virtual Result<QHash<QString, TechnicianDuty>> all() = 0; // by login
    virtual Status set(const QString& login, const TechnicianDuty& duty) = 0;
};

struct ServiceTaskQuery {
    QString owner;        // empty: everybody's
    QString customerCode; // empty: every customer's
    bool openOnly = true;
    std::optional<QDate> dueFrom;
    std::optional<QDate> dueTo; // inclusive
    int limit = 1000;
};

class ServiceTaskRepository {
public:
    virtual ~ServiceTaskRepository() = default;
    // Stores the task unless one of the same kind, customer and due date exists: true when new.
    virtual Result<bool> insertIfNew(ServiceTask& task) = 0;
    virtual Result<QList<ServiceTask>> list(const ServiceTaskQuery& query) = 0; // by due date
    virtual Result<ServiceTask> find(qint64 id) = 0;
    virtual Status finish(qint64 id, ServiceTaskStatus status, qint64 at, const QString& note) = 0;
};

// Small named values an admin edits (tier thresholds, dispatch rules ...).
class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual Result<std::optional<QString>> value(const QString& key) = 0;
    virtual Status setValue(const QString& key, const QString& value) = 0;
};

// The customer repositories of one store (Store::customerRecords()).
class CustomerRepositories {
public:
    virtual ~CustomerRepositories() = default;
    virtual TierHistoryRepository& tierHistory() = 0;
    virtual CustomerArchiveRepository& archive() = 0;
    virtual TechnicianDutyRepository& duty() = 0;
    virtual ServiceTaskRepository& tasks() = 0;
    virtual SettingsRepository& settings() = 0;
};

} // namespace ingot
