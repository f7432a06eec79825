#include "core/service/ServiceTask.h"

#include "core/common/KeyedEnum.h"
#include "core/service/ServiceScheduleRules.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using K = KeyedName<ServiceTaskKind>;
constexpr std::array kKinds{
    K{ServiceTaskKind::FollowUpVisit, "follow_up_visit", "回访", QT_TRANSLATE_NOOP("ServiceTask", "Follow-up visit")},
    K{ServiceTaskKind::OnsiteInspection, "onsite_inspection", "巡检",
      QT_TRANSLATE_NOOP("ServiceTask", "On-site inspection")},
    K{ServiceTaskKind::SeasonalAdvice, "seasonal_advice", "季节提醒",
      QT_TRANSLATE_NOOP("ServiceTask", "Seasonal advice")},
};
using S = KeyedName<ServiceTaskStatus>;
constexpr std::array kStatuses{
    S{ServiceTaskStatus::Open, "open", "待办", QT_TRANSLATE_NOOP("ServiceTask", "Open")},
    S{ServiceTaskStatus::Done, "done", "完成", QT_TRANSLATE_NOOP("ServiceTask", "Done")},
    S{ServiceTaskStatus::Cancelled, "cancelled", "取消", QT_TRANSLATE_NOOP("ServiceTask", "Cancelled")},
};
} // namespace

QString serviceTaskKindKey(ServiceTaskKind v)
{
    return keyOf<ServiceTaskKind>(kKinds, v);
}
std::optional<ServiceTaskKind> parseServiceTaskKind(const QString& t)
{
    return parseKeyed<ServiceTaskKind>(kKinds, t);
}
QString serviceTaskKindLabel(ServiceTaskKind v)
{
    return labelOf(kKinds, "ServiceTask", v);
}
QString serviceTaskStatusKey(ServiceTaskStatus v)
{
    return keyOf<ServiceTaskStatus>(kStatuses, v);
}
std::optional<ServiceTaskStatus> parseServiceTaskStatus(const QString& t)
{
    return parseKeyed<ServiceTaskStatus>(kStatuses, t);
}
QString serviceTaskStatusLabel(ServiceTaskStatus v)
{
    return labelOf(kStatuses, "ServiceTask", v);
}

QString ServiceTask::title() const
{
    if (kind == ServiceTaskKind::SeasonalAdvice && !topic.isEmpty())
        return QCoreApplication::translate("ServiceTask", "%1: %2")
            .arg(serviceTaskKindLabel(kind), SeasonalAdviceRule::topicLabel(topic));
    return serviceTaskKindLabel(kind);
}

} // namespace ingot
