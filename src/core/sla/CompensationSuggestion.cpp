#include "core/sla/CompensationSuggestion.h"

#include "core/common/KeyedEnum.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using N = KeyedName<CompensationStatus>;
constexpr std::array kStatuses{
    N{CompensationStatus::Suggested, "suggested", "待审批", QT_TRANSLATE_NOOP("CompensationStatus", "Suggested")},
    N{CompensationStatus::Approved, "approved", "已批准", QT_TRANSLATE_NOOP("CompensationStatus", "Approved")},
    N{CompensationStatus::Rejected, "rejected", "已驳回", QT_TRANSLATE_NOOP("CompensationStatus", "Rejected")},
};
} // namespace

QString compensationStatusKey(CompensationStatus v)
{
    return keyOf<CompensationStatus>(kStatuses, v);
}

std::optional<CompensationStatus> parseCompensationStatus(const QString& text)
{
    return parseKeyed<CompensationStatus>(kStatuses, text);
}

QString compensationStatusLabel(CompensationStatus v)
{
    return labelOf(kStatuses, "CompensationStatus", v);
}

} // namespace ingot
