#include "storage/sql/sla/SqlSlaPolicyRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QHash>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<QList<SlaPolicy>> SqlSlaPolicyRepository::all()
{
    auto q = m_c.prepared(QStringLiteral("SELECT id, name, effective_from, at_risk_percent, calendar_a, calendar_b, "
                                         "calendar_c FROM sla_policies ORDER BY effective_from, id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("reading SLA policies")); !st)
        return st.error();
    QList<SlaPolicy> out;
    QHash<qint64, qsizetype> indexOf;
    while (s.next()) {
        SlaPolicy p;
        p.id = s.value(0).toLongLong();
        p.name = s.value(1).toString();
        p.effectiveFrom = s.value(2).toLongLong();
        p.atRiskPercent = s.value(3).toInt();
        p.calendarByTier = {s.value(4).toString(), s.value(5).toString(), s.value(6).toString()};
        indexOf.insert(p.id, out.size());
        out << p;
    }
    s.finish();

    auto t = m_c.prepared(QStringLiteral("SELECT policy_id, tier, priority, metric, minutes FROM sla_targets"));
    if (!t)
        return t.error();
    QSqlQuery& targets = **t;
    if (auto st = execPrepared(m_c, targets, Text::tr("reading SLA targets")); !st)
        return st.error();
    while (targets.next()) {
        const auto at = indexOf.constFind(targets.value(0).toLongLong());
        const auto tier = parseTier(targets.value(1).toString());
        const auto priority = parsePriority(targets.value(2).toString());
        const auto metric = parseSlaMetric(targets.value(3).toString());
        if (at == indexOf.constEnd() || !tier || !priority || !metric)
            continue; // the table's CHECK constraints make this unreachable
        out[*at].targetsFor(*tier, *priority).setMinutes(*metric, targets.value(4).toLongLong());
    }
    targets.finish();
    return out;
}

Status SqlSlaPolicyRepository::insert(SlaPolicy& p, qint64 createdAt, const QString& createdBy)
{
    auto q =
        m_c.prepared(QStringLiteral("INSERT INTO sla_policies (name, effective_from, at_risk_percent, calendar_a, "
                                    "calendar_b, calendar_c, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(p.name));
    s.addBindValue(p.effectiveFrom);
    s.addBindValue(p.atRiskPercent);
    for (Tier tier : allTiers())
        s.addBindValue(text(p.calendarFor(tier)));
    s.addBindValue(createdAt);
    s.addBindValue(text(createdBy));
    if (auto st = execPrepared(m_c, s, Text::tr("saving SLA policy %1").arg(p.name)); !st)
        return st;
    p.id = s.next() ? s.value(0).toLongLong() : 0;  // an INSERT ... VALUES that succeeded returns its row
    s.finish();

    auto t = m_c.prepared(
        QStringLiteral("INSERT INTO sla_targets (policy_id, tier, priority, metric, minutes) VALUES (?, ?, ?, ?, ?)"));
    if (!t)
        return t.error();
    QSqlQuery& target = **t;
    for (Tier tier : allTiers())
        for (Priority priority : allPriorities())
            for (SlaMetric metric : allSlaMetrics()) {
                target.addBindValue(p.id);
                target.addBindValue(tierKey(tier));
                target.addBindValue(priorityKey(priority));
                target.addBindValue(slaMetricKey(metric));
                target.addBindValue(p.targetMinutes(tier, priority, metric));
                if (auto st = execPrepared(m_c, target, Text::tr("saving SLA policy %1").arg(p.name)); !st)
                    return st;
                target.finish();
            }
    return success();
}

} // namespace ingot
