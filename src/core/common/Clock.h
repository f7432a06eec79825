#pragma once

#include <QtGlobal>

namespace ingot {

// Time comes from an injected clock so that logic and tests never read the wall clock directly.
// Instants are UTC epoch seconds everywhere inside the program.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 now() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 epochSeconds) : m_now(epochSeconds) {}
    qint64 now() const override { return m_now; }
    void set(qint64 epochSeconds) { m_now = epochSeconds; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};

}  // namespace ingot
