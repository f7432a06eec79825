#include "core/quality/RecurrenceDetector.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace ingot {

QString RecurrenceDetector::signature(ClusterKind kind, const TicketFact& t)
{
    switch (kind) {
    case ClusterKind::CustomerCategory:
        return QStringLiteral("customer:%1:%2").arg(t.customerCode, categoryKey(t.category));
    case ClusterKind::Batch:
        return t.batchNo.trimmed().isEmpty() ? QString() : QStringLiteral("batch:%1").arg(t.batchNo.trimmed());
    case ClusterKind::RegionCategory:
        return QStringLiteral("region:%1:%2").arg(regionKey(t.region), categoryKey(t.category));
    }
    return {};
}

QString RecurrenceDetector::title(const RecurrenceCluster& c, const RecurrenceRules& rules)
{
    switch (c.kind) {
    case ClusterKind::CustomerCategory:
        return QCoreApplication::translate("Recurrence",
                                           "Recurring %1 complaints from customer %2: %3 tickets in %4 days")
            .arg(categoryLabel(c.category), c.customerCode)
            .arg(c.count())
            .arg(rules.customer.windowSeconds / 86400);
    case ClusterKind::Batch:
        return QCoreApplication::translate("Recurrence", "Batch %1: %2 complaints in %3 days (mostly %4)")
            .arg(c.batchNo)
            .arg(c.count())
            .arg(rules.batch.windowSeconds / 86400)
            .arg(categoryLabel(c.category));
    case ClusterKind::RegionCategory:
        return QCoreApplication::translate("Recurrence", "Recurring %1 complaints in region %2: %3 tickets in %4 days")
            .arg(categoryLabel(c.category), c.region ? regionLabel(*c.region) : QString())
            .arg(c.count())
            .arg(rules.region.windowSeconds / 86400);
    }
    return {};
}

QList<RecurrenceCluster> RecurrenceDetector::detect(const QList<TicketFact>& tickets, qint64 now,
                                                    const RecurrenceRules& rules,
                                                    const QHash<QString, qint64>& quietUntil)
{
    QList<TicketFact> sorted = tickets;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TicketFact& a, const TicketFact& b) {
        return a.reportedAt != b.reportedAt ? a.reportedAt < b.reportedAt : a.number < b.number;
    });

    QList<RecurrenceCluster> out;
    for (const RecurrenceRule& rule : rules.all()) {
        if (!rule.enabled || rule.threshold < 1)
            continue;
        // Both ends of the window count: a ticket exactly `window` old is still in it.
        const qint64 from = now - rule.windowSeconds;
        QMap<QString, QList<const TicketFact*>> groups; // ordered by signature: deterministic output
        for (const TicketFact& t : sorted) {
            if (t.reportedAt < from || t.reportedAt > now)
                continue;
            const QString sig = signature(rule.kind, t);
            if (sig.isEmpty())
                continue;
            if (const auto quiet = quietUntil.constFind(sig); quiet != quietUntil.constEnd() && t.reportedAt <= *quiet)
                continue;
            groups[sig] << &t;
        }
        QList<RecurrenceCluster> found;
        for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
            if (g->size() < rule.threshold)
                continue;
            RecurrenceCluster c;
            c.kind = rule.kind;
            c.signature = g.key();
            const TicketFact& first = *g->first();
            c.firstAt = first.reportedAt;
            c.lastAt = g->last()->reportedAt;
            QMap<int, int> perCategory;
            for (const TicketFact* t : *g) {
                c.tickets << t->number;
                ++perCategory[static_cast<int>(t->category)];
            }
            switch (rule.kind) {
            case ClusterKind::CustomerCategory:
                c.customerCode = first.customerCode;
                c.category = first.category;
                break;
            case ClusterKind::Batch: {
                c.batchNo = first.batchNo.trimmed();
                int best = -1;
                for (auto p = perCategory.constBegin(); p != perCategory.constEnd(); ++p)
                    if (p.value() > best) { // ties go to the earlier category: QMap is ordered
                        best = p.value();
                        c.category = static_cast<Category>(p.key());
                    }
                break;
            }
            case ClusterKind::RegionCategory:
                c.region = first.region;
                c.category = first.category;
                break;
            }
            found << c;
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const RecurrenceCluster& a, const RecurrenceCluster& b) { return a.count() > b.count(); });
        out << found;
    }
    return out;
}

} // namespace ingot
