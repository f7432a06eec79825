#include "core/sla/CompensationRule.h"

#include <QCoreApplication>

namespace ingot {

Status CompensationRule::validate() const
{
    if (rateBp < 0 || rateBp > 10000)
        return Error::badInput(
            QCoreApplication::translate("CompensationRule", "the hourly rate is 0 to 10000 basis points (0-100%)"),
            QStringLiteral("rate_bp"));
    if (capBp < 0 || capBp > 10000)
        return Error::badInput(
            QCoreApplication::translate("CompensationRule", "the cap is 0 to 10000 basis points (0-100%)"),
            QStringLiteral("cap_bp"));
    return success();
}

} // namespace ingot
