#pragma once

#include "core/common/Result.h"
#include "core/quality/GradeLimits.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace ingot {

// Checks a laboratory assay of a complained-about batch (成分/硬度不达标) against its grade.
class AssayCheck final {
public:
    struct Element {
        QString element;
        double measured = 0;
        std::optional<double> limit; // maximum for impurities, minimum for Pb; none: not limited
        bool pass = true;
    };
    struct Verdict {
        bool pass = true;
        double pb = 0; // measured, or 100 minus the measured impurities
        bool pbMeasured = false;
        double impurities = 0;   // sum of the measured impurities
        QList<Element> elements; // Pb first, then impurities by name
        QStringList failed;      // elements over (or Pb under) the limit, "total" for the sum
    };

    // "ag" and "AG" are read as "Ag". Refuses negative or >100 values and unknown symbols.
    static Result<QString> normalizeElement(const QString& symbol);
    static Result<Verdict> check(const GradeLimits& limits, const QMap<QString, double>& measured);
};

} // namespace ingot
