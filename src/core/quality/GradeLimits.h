#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace ingot {

// The chemical limits of one GB/T 469 grade, as percentages by mass. Kept as editable data
// because the limits differ between editions of the standard (docs/quality.md says which one the
// shipped table follows).
struct GradeLimits {
    QString grade;                     // Pb99.994
    double minPb = 0;                  // 99.994
    QMap<QString, double> maxImpurity; // "Ag" -> 0.0008
    std::optional<double> maxTotalImpurities;
    QString source; // where the numbers come from
};

} // namespace ingot
