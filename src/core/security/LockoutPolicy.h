#pragma once

#include <QtGlobal>

namespace ingot {

// How many failed sign-ins in a row lock a login, and for how long. Stored as settings rows
// (security.lockout_attempts, security.lockout_minutes; migration 0008 writes the defaults), so
// an administrator changes them without a new build.
struct LockoutPolicy {
    int maxAttempts = 5;
    qint64 lockSeconds = 15 * 60;

    static constexpr const char* kAttemptsKey = "security.lockout_attempts";
    static constexpr const char* kMinutesKey = "security.lockout_minutes";
};

}  // namespace ingot
