#include "core/report/KpiMath.h"

#include <algorithm>
#include <cmath>

namespace ingot::KpiMath {

double round(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    // Half away from zero on the decimal value people see: 2.675 is stored as 2.67499999999999982...,
    // so a relative nudge far below the printed precision lets it round to 2.68 as written.
    const double shifted = value * std::pow(10.0, decimals);
    const double nudge = 1e-9 * std::max(1.0, std::fabs(shifted));
    const double r = shifted >= 0 ? std::floor(shifted + 0.5 + nudge) : -std::floor(-shifted + 0.5 + nudge);
    return r / std::pow(10.0, decimals);
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return round(static_cast<double>(part) * 100.0 / static_cast<double>(whole), 1);
}

std::optional<double> mean(double sum, qint64 count, int decimals)
{
    if (count == 0)
        return std::nullopt;
    return round(sum / static_cast<double>(count), decimals);
}

std::optional<double> meanHours(qint64 secondsSum, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return round(static_cast<double>(secondsSum) / 3600.0 / static_cast<double>(count), 2);
}

qint64 nearestRank(int percentile, qint64 n)
{
    if (n <= 0)
        return 0;
    const qint64 rank = (static_cast<qint64>(percentile) * n + 99) / 100;
    return std::clamp<qint64>(rank, 1, n);
}

std::optional<qint64> percentile(QList<qint64> values, int p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return values.at(nearestRank(p, values.size()) - 1);
}

double fenToCny(qint64 fen)
{
    return static_cast<double>(fen) / 100.0;
}

} // namespace ingot::KpiMath
