#pragma once

#include "app/sla/SlaTrackStats.h"

#include <QJsonObject>

namespace ingot {

// What `sla sweep` did, printed as JSON.
struct SlaSweepSummary {
    qint64 now = 0;
    qint64 candidates = 0; // tickets whose clocks may change (open, or changed since last stored)
    SlaTrackStats stats;
    double seconds = 0;

    QJsonObject toJson() const;
};

} // namespace ingot
