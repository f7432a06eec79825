#include "core/customers/TierEvent.h"

#include "core/common/KeyedEnum.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using K = KeyedName<TierEvent::Kind>;
constexpr std::array kKinds{
    K{TierEvent::Kind::Recompute, "recompute", "重新评级", QT_TRANSLATE_NOOP("TierEvent", "Recomputed")},
    K{TierEvent::Kind::Override, "override", "人工调整", QT_TRANSLATE_NOOP("TierEvent", "Override")},
    K{TierEvent::Kind::ClearOverride, "clear_override", "取消调整", QT_TRANSLATE_NOOP("TierEvent", "Override cleared")},
};
} // namespace

QString TierEvent::kindKey(Kind kind)
{
    return keyOf<Kind>(kKinds, kind);
}
std::optional<TierEvent::Kind> TierEvent::parseKind(const QString& key)
{
    return parseKeyed<Kind>(kKinds, key);
}
QString TierEvent::kindLabel(Kind kind)
{
    return labelOf(kKinds, "TierEvent", kind);
}

} // namespace ingot
