#pragma once

#include "core/common/Result.h"

#include <QtGlobal>

namespace ingot {

// The 延迟1小时减免5%货款 rule of sla-kpi-spec.md (Compensation) as data: basis points of the order
// value credited per started hour of resolution overrun, and the cap.
struct CompensationRule {
    qint64 rateBp = 500; // 5% per hour
    qint64 capBp = 3000; // at most 30%

    // Both within 0..10000 (0-100%): a credit above the order value makes no sense.
    Status validate() const;

    bool operator==(const CompensationRule&) const = default;
};

} // namespace ingot
