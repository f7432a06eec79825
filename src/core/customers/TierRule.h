#pragma once

#include "core/customers/CustomerTypes.h"

namespace ingot {

// Tier thresholds of sla-kpi-spec.md (Tiers); data an admin may change, defaults here.
struct TierRule {
    double aVolumeT = 2000;
    double aVolumeWithYearsT = 1000;
    int aYears = 5;
    double bVolumeT = 500;
    int bYears = 3;

    Tier tierFor(double annualVolumeT, int cooperationYears) const;
};

}  // namespace ingot
