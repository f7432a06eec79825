#pragma once

#include "core/common/Result.h"

#include <QString>

namespace ingot {

// A calendar month in the desk's local zone, as `--month YYYY-MM` names it.
struct LocalMonth {
    int year = 1970;
    int month = 1;

    static Result<LocalMonth> parse(const QString& text);
    static LocalMonth containing(qint64 instant);
    LocalMonth previous() const;
    LocalMonth next() const;
    LocalMonth plusMonths(int months) const;
    qint64 start() const; // local midnight of the first day, as UTC epoch seconds
    QString key() const;  // "2026-03"
};

// The same local date and time `months` earlier or later (clamped into short months).
qint64 addLocalMonths(qint64 instant, int months);

} // namespace ingot
