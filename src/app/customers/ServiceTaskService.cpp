#include "app/customers/ServiceTaskService.h"

#include "app/customers/DispatchService.h"
#include "app/security/Authorizer.h"
#include "core/service/ServiceScheduler.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Customers)
};
} // namespace

Result<ServiceTaskService::Generated> ServiceTaskService::generate(const LocalMonth& month, bool dryRun,
                                                                   const ServiceScheduleRules& rules)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ServiceTaskPlan); !allowed)
        return allowed.error();
    QList<ScheduleCustomer> customers;
    QHash<QString, Customer> byCode;
    Status read = m_store.customers().forEach([&](const Customer& c) {
        customers << ScheduleCustomer{c.code, c.name, c.tier, c.region, c.province, c.annualVolumeT, {}};
        byCode.insert(c.code, c);
    });
    if (!read)
        return read.error();
    QList<ServiceTask> due = ServiceScheduler::dueIn(month.year, month.month, customers, rules);

    // Owners: the technician the dispatch rules rank first for a technical visit to the customer,
    // counting the tasks handed out so far as load so that a month's visits spread over a team.
    DispatchService dispatch(m_store, m_clock);
    auto dispatchRules = dispatch.rules();
    if (!dispatchRules)
        return dispatchRules.error();
    QHash<QString, QString> owners;
    QHash<QString, int> handedOut;
    auto technicians = m_store.technicians().all();
    if (!technicians)
        return technicians.error();
    auto load = m_store.customerRecords().archive().openLoad();
    if (!load)
        return load.error();
    for (ServiceTask& t : due) {
        if (!owners.contains(t.customerCode)) {
            const Customer& c = byCode[t.customerCode];
            QList<DispatchCandidate> pool;
            for (const Technician& tech : std::as_const(*technicians))
                pool << DispatchCandidate{tech, load->value(tech.login) + handedOut.value(tech.login), {}, {}};
            const DispatchRanking ranking = DispatchEngine::rank(
                {Category::Technical, Priority::P3, c.tier, c.region, {}}, pool, *dispatchRules, m_clock.now());
            const DispatchSuggestion* best = ranking.best();
            owners.insert(t.customerCode, best ? best->login : QString());
            if (best)
                handedOut[best->login] += 1;
        }
        t.owner = owners.value(t.customerCode);
        t.createdAt = m_clock.now();
    }

    Generated out;
    out.month = month.key();
    out.dryRun = dryRun;
    if (dryRun) {
        out.created = due;
        return out;
    }
    Status written = m_store.write([&]() -> Status {
        for (ServiceTask& t : due) {
            auto inserted = m_store.customerRecords().tasks().insertIfNew(t);
            if (!inserted)
                return inserted.error();
            if (*inserted)
                out.created << t;
            else
                ++out.existing;
        }
        return success();
    });
    if (!written)
        return written.error();
    return out;
}

Result<QList<ServiceTask>> ServiceTaskService::list(const ServiceTaskQuery& query)
{
    return m_store.customerRecords().tasks().list(query);
}

Result<ServiceTask> ServiceTaskService::finish(qint64 id, ServiceTaskStatus status, const QString& note)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ServiceTaskFinish); !allowed)
        return allowed.error();
    ServiceTask result;
    Status st = m_store.write([&]() -> Status {
        auto task = m_store.customerRecords().tasks().find(id);
        if (!task)
            return task.error().kind == Error::Kind::NotFound ? Error::badInput(task.error().message) : task.error();
        if (task->status != ServiceTaskStatus::Open)
            return Error::badInput(Text::tr("task %1 is already %2").arg(id).arg(serviceTaskStatusKey(task->status)));
        const QString text = note.trimmed().isEmpty() ? task->note : note.trimmed();
        if (auto done = m_store.customerRecords().tasks().finish(id, status, m_clock.now(), text); !done)
            return done;
        result = *task;
        result.status = status;
        result.doneAt = m_clock.now();
        result.note = text;
        return success();
    });
    if (!st)
        return st.error();
    return result;
}

} // namespace ingot
