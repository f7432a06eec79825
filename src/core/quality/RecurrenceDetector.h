#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/quality/QualityTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace ingot {

// What the detector needs to know of a ticket.
struct TicketFact {
    QString number;
    QString customerCode;
    QString batchNo; // empty: not tied to a batch
    Region region = Region::East;
    Category category = Category::Other;
    qint64 reportedAt = 0;
};

// One way of grouping tickets: `threshold` or more tickets of the same group reported within the
// `window` that ends now make a recurring problem.
struct RecurrenceRule {
    ClusterKind kind = ClusterKind::CustomerCategory;
    int threshold = 3;
    qint64 windowSeconds = 90LL * 86400;
    bool enabled = true;
};

// The defaults (docs/quality.md): a customer complaining three times about the same thing in 90
// days; two complaints about one batch of lead in 60 days (a batch is one melt: two plants seeing
// a defect is already a pattern); five complaints of one category from one region in 30 days.
struct RecurrenceRules {
    RecurrenceRule customer{ClusterKind::CustomerCategory, 3, 90LL * 86400, true};
    RecurrenceRule batch{ClusterKind::Batch, 2, 60LL * 86400, true};
    RecurrenceRule region{ClusterKind::RegionCategory, 5, 30LL * 86400, true};

    QList<RecurrenceRule> all() const { return {batch, customer, region}; }
};

struct RecurrenceCluster {
    ClusterKind kind = ClusterKind::CustomerCategory;
    QString signature;                   // "customer:C0001:packaging", "batch:B2606-01", "region:华东:packaging"
    QString customerCode;                // customer clusters
    QString batchNo;                     // batch clusters
    std::optional<Region> region;        // region clusters
    Category category = Category::Other; // the group's category; for a batch, its most frequent one
    QStringList tickets;                 // ticket numbers, oldest first
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    int count() const { return static_cast<int>(tickets.size()); }
};

// Finds recurring problems in a list of tickets (seed §二(四): half a year of packaging complaints,
// ten hardness complaints nobody connected). Pure: the same facts, instant and rules always give
// the same clusters in the same order (batch, customer, region; larger first; then by signature).
// A ticket may belong to several clusters: a batch cluster and a customer cluster can share tickets,
// and each is reported, because each points at a different place to look for the cause.
class RecurrenceDetector final {
public:
    // `quietUntil` maps a signature to the instant its last improvement action was closed: tickets
    // reported up to then were dealt with and do not count again.
    static QList<RecurrenceCluster> detect(const QList<TicketFact>& tickets, qint64 now, const RecurrenceRules& rules,
                                           const QHash<QString, qint64>& quietUntil = {});

    static QString signature(ClusterKind kind, const TicketFact& ticket);
    // "Recurring packaging complaints from customer C0001: 3 tickets in 90 days", translated: the
    // title of the improvement action proposed for the cluster.
    static QString title(const RecurrenceCluster& cluster, const RecurrenceRules& rules);
};

} // namespace ingot
