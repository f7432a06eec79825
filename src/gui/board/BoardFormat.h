#pragma once

#include <QString>

namespace ingot {

// How the board writes times for people.
class BoardFormat final {
public:
    // "2 d 03:15", "03:15:07", "due now" (translated) for seconds left until a due instant.
    static QString timeLeft(qint64 seconds);
};

} // namespace ingot
