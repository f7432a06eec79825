#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/quality/QualityTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QStringList>
#include <optional>

namespace ingot {

// An improvement action (改进措施, seed §二(四)/§三(二)): the answer to a recurring problem, tracked
// from root cause to verified fix. `signature` names the cluster it came from, so the detector
// knows the problem is already being worked on.
struct ImprovementAction {
    qint64 id = 0;
    QString number; // IA2026-0001
    QString title;
    QString signature; // empty for an action opened by hand
    std::optional<Category> category;
    QString customerCode;
    QString batchNo;
    std::optional<Region> region;
    QString rootCause;
    QString correctiveAction;
    QString owner;
    std::optional<qint64> dueAt;
    QString verification; // how the fix was shown to work
    ImprovementStatus status = ImprovementStatus::Open;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> verifiedAt;
    std::optional<qint64> closedAt;
    QStringList tickets; // linked ticket numbers
    int version = 0;
};

} // namespace ingot
