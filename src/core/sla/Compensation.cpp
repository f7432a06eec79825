#include "core/sla/Compensation.h"

#include <algorithm>

namespace ingot {

qint64 Compensation::overrunHours(qint64 overrunSeconds)
{
    if (overrunSeconds <= 0)
        return 0;
    return (overrunSeconds + 3599) / 3600;
}

qint64 Compensation::creditFen(qint64 orderValueFen, qint64 overrunSeconds, const CompensationRule& rule)
{
    const qint64 hours = overrunHours(overrunSeconds);
    if (orderValueFen <= 0 || hours == 0 || rule.rateBp <= 0 || rule.capBp <= 0)
        return 0;
    // For V >= 0, min(h·V·rate, V·cap) = V·min(h·rate, cap); bounding h·rate by the cap first keeps
    // the factor small (past the cap the exact number of hours no longer matters).
    const qint64 cap = std::min<qint64>(rule.capBp, 10000);
    const qint64 bp = hours >= cap ? cap : std::min(hours * std::min<qint64>(rule.rateBp, 10000), cap);
    // floor(V·bp / 10000) split as V = 10000·q + r so that V·bp never has to exist as a number.
    const qint64 q = orderValueFen / 10000;
    const qint64 r = orderValueFen % 10000;
    return q * bp + r * bp / 10000;
}

qint64 Compensation::creditFen(qint64 orderValueFen, const ClockEvaluation& resolution, const CompensationRule& rule)
{
    return creditFen(orderValueFen, resolution.overrunSeconds(), rule);
}

} // namespace ingot
