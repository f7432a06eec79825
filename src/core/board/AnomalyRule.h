#pragma once

#include <QList>
#include <optional>

namespace ingot {

// "Clearly above its own recent history": this week's value against the previous weeks of the
// same region or category (docs/board.md, Anomalies).
//
// With the weeks that have a value (h1..hn), mean m and sample standard deviation s:
//   spread    = max(s, minSpreadFraction · m)      (a flat history does not make noise an alarm)
//   threshold = m + k · spread
//   anomaly   ⇔ n >= minWeeks  and  tickets >= minTickets  and  current > threshold
// Defaults: k = 2, minWeeks = 4 of 8, minTickets = 10, minSpreadFraction = 0.1.
class AnomalyRule final {
public:
    struct Finding {
        double current = 0;
        double mean = 0;
        double sd = 0;     // the sample standard deviation, before the floor
        double spread = 0; // what the threshold used
        double threshold = 0;
        int weeks = 0;

        bool operator==(const Finding&) const = default;
    };

    double k = 2.0;
    int minWeeks = 4;
    qint64 minTickets = 10;
    double minSpreadFraction = 0.1;

    // The finding when `current` (from `tickets` tickets) is an anomaly against `history`
    // (one value per earlier week, none for a week without data); nothing otherwise.
    std::optional<Finding> check(double current, qint64 tickets, const QList<std::optional<double>>& history) const;
};

} // namespace ingot
