#pragma once

#include "core/sla/CompensationRule.h"

#include <QString>
#include <optional>

namespace ingot {

enum class CompensationStatus { Suggested, Approved, Rejected };

QString compensationStatusKey(CompensationStatus); // "suggested", "approved", "rejected"
std::optional<CompensationStatus> parseCompensationStatus(const QString&);
QString compensationStatusLabel(CompensationStatus);

// The credit suggested for a late resolution of a ticket linked to an order (sla-kpi-spec.md,
// Compensation). It follows the overrun while the resolution clock runs and is final once the clock
// stops; a supervisor approves or rejects it.
struct CompensationSuggestion {
    qint64 id = 0; // storage id; 0 until stored
    qint64 ticketId = 0;
    qint64 orderValueFen = 0;
    qint64 overrunSeconds = 0;
    CompensationRule rule;
    qint64 creditFen = 0;
    bool final = false; // the resolution clock has stopped
    CompensationStatus status = CompensationStatus::Suggested;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString decidedBy;
    std::optional<qint64> decidedAt;
    QString note;

    bool operator==(const CompensationSuggestion&) const = default;
};

} // namespace ingot
