#include "core/board/AnomalyRule.h"

#include <algorithm>
#include <cmath>

namespace ingot {

std::optional<AnomalyRule::Finding> AnomalyRule::check(double current, qint64 tickets,
                                                       const QList<std::optional<double>>& history) const
{
    QList<double> values;
    for (const auto& h : history)
        if (h)
            values << *h;
    if (values.size() < std::max(minWeeks, 2) || tickets < minTickets)
        return std::nullopt;

    double sum = 0;
    for (double v : values)
        sum += v;
    const double mean = sum / static_cast<double>(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / static_cast<double>(values.size() - 1));

    Finding f;
    f.current = current;
    f.mean = mean;
    f.sd = sd;
    f.spread = std::max(sd, minSpreadFraction * std::abs(mean));
    f.threshold = mean + k * f.spread;
    f.weeks = static_cast<int>(values.size());
    if (!(current > f.threshold))
        return std::nullopt;
    return f;
}

} // namespace ingot
