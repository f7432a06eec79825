#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

namespace ingot {

// The arithmetic rules of the monthly KPIs, kept pure so they are tested without a database:
// zero denominators give null, percentages are 0-100 with 1 decimal, hours and means 2 decimals,
// percentiles are nearest-rank.
namespace KpiMath {

// Half away from zero at `decimals`, as the decimal value reads: 2.675 rounds to 2.68.
double round(double value, int decimals);

// part / whole * 100, rounded to 1 decimal; null when whole is 0.
std::optional<double> percent(qint64 part, qint64 whole);
// sum / count rounded to `decimals`; null when count is 0.
std::optional<double> mean(double sum, qint64 count, int decimals);
// seconds / 3600 rounded to 2 decimals; null when count is 0 (mean of seconds in hours).
std::optional<double> meanHours(qint64 secondsSum, qint64 count);
// The rank (1-based) of the nearest-rank p-th percentile among n values: ceil(p/100 * n), at least 1;
// 0 when n is 0. Integer arithmetic, so 90% of 10 is exactly rank 9.
qint64 nearestRank(int percentile, qint64 n);
// The nearest-rank percentile of unsorted values; null for no values.
std::optional<qint64> percentile(QList<qint64> values, int percentile);
// Fen to CNY with 2 decimals.
double fenToCny(qint64 fen);

} // namespace KpiMath

} // namespace ingot
