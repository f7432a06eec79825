#include "core/dispatch/DispatchRanking.h"

namespace ingot {

QStringList DispatchSuggestion::reasons() const
{
    QStringList out;
    for (const DispatchFactor& f : factors)
        out << f.reason;
    if (!tieBreak.isEmpty())
        out << tieBreak;
    return out;
}

const DispatchSuggestion* DispatchRanking::best(const QString& exceptLogin) const
{
    for (const DispatchSuggestion& s : suggestions)
        if (s.eligible && s.login != exceptLogin)
            return &s;
    return nullptr;
}

} // namespace ingot
