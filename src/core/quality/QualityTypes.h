#pragma once

#include "core/common/KeyedEnum.h"

#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// The life of an improvement action (改进措施): proposed from a recurring problem, worked on,
// verified to have stopped the recurrence, then closed.
enum class ImprovementStatus { Open, InProgress, Verified, Closed };

// What made a group of tickets a recurring problem.
enum class ClusterKind {
    CustomerCategory, // one customer, one category
    Batch,            // one batch of lead, any category
    RegionCategory,   // one sales region, one category
};

// A low-score follow-up (低分回访): open, progress reported to the customer, closed.
enum class FollowUpStatus { Open, Progress, Closed };

QString improvementStatusKey(ImprovementStatus);
std::optional<ImprovementStatus> parseImprovementStatus(const QString&);
QString improvementStatusLabel(ImprovementStatus);
QList<ImprovementStatus> allImprovementStatuses();

QString clusterKindKey(ClusterKind);
std::optional<ClusterKind> parseClusterKind(const QString&);
QString clusterKindLabel(ClusterKind);

QString followUpStatusKey(FollowUpStatus);
std::optional<FollowUpStatus> parseFollowUpStatus(const QString&);
QString followUpStatusLabel(FollowUpStatus);

} // namespace ingot
