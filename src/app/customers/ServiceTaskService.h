#pragma once

#include "app/customers/LocalMonth.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"
#include "core/service/ServiceScheduleRules.h"

namespace ingot {

// Scheduled service: generates a month's follow-up visits, inspections and seasonal advice as
// dated tasks, each in the list of the technician the dispatch rules rank first for the customer,
// and lets the owner close them.
class ServiceTaskService final {
public:
    ServiceTaskService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    struct Generated {
        QString month;
        bool dryRun = false;
        QList<ServiceTask> created; // new tasks (all due ones on a dry run)
        int existing = 0;           // due but already there from an earlier run
    };
    // Idempotent: a task of the same kind, customer, topic and date is never added twice.
    Result<Generated> generate(const LocalMonth& month, bool dryRun, const ServiceScheduleRules& rules = {});

    Result<QList<ServiceTask>> list(const ServiceTaskQuery& query);
    Result<ServiceTask> finish(qint64 id, ServiceTaskStatus status, const QString& note);

private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
