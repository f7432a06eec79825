#include "core/customers/TierRule.h"

namespace ingot {

Tier TierRule::tierFor(double volume, int years) const
{
    if (volume >= aVolumeT || (volume >= aVolumeWithYearsT && years >= aYears))
        return Tier::A;
    if (volume >= bVolumeT || years >= bYears)
        return Tier::B;
    return Tier::C;
}

}  // namespace ingot
