#include "core/quality/QualityTypes.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using I = KeyedName<ImprovementStatus>;
constexpr std::array kStatuses{
    I{ImprovementStatus::Open, "open", "待处理", QT_TRANSLATE_NOOP("ImprovementStatus", "Open")},
    I{ImprovementStatus::InProgress, "in_progress", "整改中", QT_TRANSLATE_NOOP("ImprovementStatus", "In progress")},
    I{ImprovementStatus::Verified, "verified", "已验证", QT_TRANSLATE_NOOP("ImprovementStatus", "Verified")},
    I{ImprovementStatus::Closed, "closed", "已关闭", QT_TRANSLATE_NOOP("ImprovementStatus", "Closed")},
};

using K = KeyedName<ClusterKind>;
constexpr std::array kKinds{
    K{ClusterKind::CustomerCategory, "customer", "同一客户",
      QT_TRANSLATE_NOOP("ClusterKind", "Same customer and category")},
    K{ClusterKind::Batch, "batch", "同一批次", QT_TRANSLATE_NOOP("ClusterKind", "Same batch")},
    K{ClusterKind::RegionCategory, "region", "同一区域", QT_TRANSLATE_NOOP("ClusterKind", "Same region and category")},
};

using F = KeyedName<FollowUpStatus>;
constexpr std::array kFollowUps{
    F{FollowUpStatus::Open, "open", "待跟进", QT_TRANSLATE_NOOP("FollowUpStatus", "Open")},
    F{FollowUpStatus::Progress, "progress", "已反馈进展", QT_TRANSLATE_NOOP("FollowUpStatus", "Progress reported")},
    F{FollowUpStatus::Closed, "closed", "已闭环", QT_TRANSLATE_NOOP("FollowUpStatus", "Closed")},
};
} // namespace

QString improvementStatusKey(ImprovementStatus v)
{
    return keyOf<ImprovementStatus>(kStatuses, v);
}
std::optional<ImprovementStatus> parseImprovementStatus(const QString& t)
{
    return parseKeyed<ImprovementStatus>(kStatuses, t);
}
QString improvementStatusLabel(ImprovementStatus v)
{
    return labelOf(kStatuses, "ImprovementStatus", v);
}
QList<ImprovementStatus> allImprovementStatuses()
{
    return valuesOf<ImprovementStatus>(kStatuses);
}

QString clusterKindKey(ClusterKind v)
{
    return keyOf<ClusterKind>(kKinds, v);
}
std::optional<ClusterKind> parseClusterKind(const QString& t)
{
    return parseKeyed<ClusterKind>(kKinds, t);
}
QString clusterKindLabel(ClusterKind v)
{
    return labelOf(kKinds, "ClusterKind", v);
}

QString followUpStatusKey(FollowUpStatus v)
{
    return keyOf<FollowUpStatus>(kFollowUps, v);
}
std::optional<FollowUpStatus> parseFollowUpStatus(const QString& t)
{
    return parseKeyed<FollowUpStatus>(kFollowUps, t);
}
QString followUpStatusLabel(FollowUpStatus v)
{
    return labelOf(kFollowUps, "FollowUpStatus", v);
}

} // namespace ingot
