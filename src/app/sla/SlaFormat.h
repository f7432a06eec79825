#pragma once

#include <QString>

namespace ingot {

// How SLA numbers are written for people and scripts, in one place.
class SlaFormat final {
public:
    // "90", "90.5", "90.25": service minutes from seconds, two decimals at most, trailing zeros cut.
    static QString minutes(qint64 seconds);
    // "12345.67" from fen, exact.
    static QString cny(qint64 fen);
};

} // namespace ingot
