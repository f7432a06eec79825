#pragma once

#include "core/customers/TierRule.h"

#include <QCoreApplication>
#include <QStringList>

namespace ingot {

// What the tier rule looks at for one customer.
struct TierFacts {
    double declaredVolumeT = 0; // the annual volume on the customer's file
    int cooperationYears = 0;
    int recentOrders = 0;     // orders in the 12 months before the assessment
    double recentVolumeT = 0; // their tons
};

// A customer's computed tier and why (sla-kpi-spec.md, Tiers). The volume the rule is applied to
// is the larger of the declared annual volume and the tons ordered in the last 12 months: a
// customer who grew is promoted without waiting for sales to update the file, and orders that were
// never imported cannot demote a key account.
struct TierAssessment {
    Tier tier = Tier::C;
    double volumeBasisT = 0;
    QStringList reasons;

    static TierAssessment assess(const TierRule& rule, const TierFacts& facts);

    Q_DECLARE_TR_FUNCTIONS(ingot::TierAssessment)
};

} // namespace ingot
