#include "app/quality/RecurrenceService.h"

#include "app/quality/ImprovementService.h"

#include <algorithm>

namespace ingot {

RecurrenceService::RecurrenceService(Store& store, const Clock& clock, RecurrenceRules rules)
    : m_store(store),
      m_clock(clock),
      m_rules(rules)
{}

QString RecurrenceService::titleFor(const RecurrenceCluster& cluster) const
{
    return RecurrenceDetector::title(cluster, m_rules);
}

Result<QList<RecurrenceService::Finding>> RecurrenceService::detect(std::optional<qint64> nowGiven)
{
    const qint64 now = nowGiven.value_or(m_clock.now());
    qint64 longest = 0;
    for (const RecurrenceRule& r : m_rules.all())
        longest = std::max(longest, r.windowSeconds);
    auto facts = m_store.quality().facts().ticketFacts(now - longest, now);
    if (!facts)
        return facts.error();
    auto quiet = m_store.quality().improvements().closedSignatures();
    if (!quiet)
        return quiet.error();
    auto active = m_store.quality().improvements().activeSignatures();
    if (!active)
        return active.error();

    QList<Finding> out;
    for (const RecurrenceCluster& c : RecurrenceDetector::detect(*facts, now, m_rules, *quiet)) {
        Finding f{c, active->value(c.signature), c.tickets};
        if (!f.trackedBy.isEmpty()) {
            auto action = m_store.quality().improvements().find(f.trackedBy);
            if (!action)
                return action.error();
            f.untracked.clear();
            for (const QString& t : c.tickets)
                if (!action->tickets.contains(t))
                    f.untracked << t;
        }
        out << f;
    }
    return out;
}

Result<RecurrenceService::Proposal> RecurrenceService::propose(std::optional<qint64> now, const QString& actor,
                                                               int dueInDays)
{
    auto findings = detect(now);
    if (!findings)
        return findings.error();
    ImprovementService improvements(m_store, m_clock);
    Proposal p;
    Status st = m_store.write([&]() -> Status {
        for (const Finding& f : *findings) {
            if (!f.trackedBy.isEmpty()) {
                if (f.untracked.isEmpty())
                    continue;
                auto linked = improvements.link(f.trackedBy, f.untracked, actor);
                if (!linked)
                    return linked.error();
                p.updated << f.trackedBy;
                continue;
            }
            ImprovementAction a;
            a.title = titleFor(f.cluster);
            a.signature = f.cluster.signature;
            a.category = f.cluster.category;
            a.customerCode = f.cluster.customerCode;
            a.batchNo = f.cluster.batchNo;
            a.region = f.cluster.region;
            a.dueAt = m_clock.now() + qint64(dueInDays) * 86400;
            a.tickets = f.cluster.tickets;
            auto created = improvements.create(a, actor);
            if (!created)
                return created.error();
            p.created << *created;
        }
        return success();
    });
    if (!st)
        return st.error();
    return p;
}

} // namespace ingot
