#pragma once

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"
#include "core/sla/SlaTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace ingot {

// Targets per tier × priority, the calendar each tier's minutes are counted in and the at-risk
// threshold (sla-kpi-spec.md, Policies). Data an admin edits; a new version gets a later
// effectiveFrom instead of changing the old one, so tickets keep the policy they were reported under.
struct SlaPolicy {
    qint64 id = 0; // storage id; 0 until stored
    QString name;
    qint64 effectiveFrom = 0;                           // UTC epoch seconds; applies to tickets reported at or after it
    std::array<std::array<SlaTargets, 4>, 3> targets{}; // [tier A..C][priority P1..P4]
    std::array<QString, 3> calendarByTier;              // calendar names, [tier A..C]
    int atRiskPercent = 75;                             // at_risk from this share of the target on

    // The spec's defaults: the same minutes for every tier, A → 24x7, B → 12x7, C → 8x5, 75%.
    static SlaPolicy defaults();

    const SlaTargets& targetsFor(Tier tier, Priority priority) const;
    SlaTargets& targetsFor(Tier tier, Priority priority);
    qint64 targetMinutes(Tier tier, Priority priority, SlaMetric metric) const;
    const QString& calendarFor(Tier tier) const;

    // Every target at least one minute, a calendar name per tier, a threshold within 1-100%.
    Status validate() const;

    // The policy in force for a ticket reported at `reportedAt`: the latest effectiveFrom not after
    // it (the higher id on a tie, i.e. the one saved later). None when all start later.
    static std::optional<SlaPolicy> inForce(const QList<SlaPolicy>& policies, qint64 reportedAt);

    bool operator==(const SlaPolicy&) const = default;
};

} // namespace ingot
