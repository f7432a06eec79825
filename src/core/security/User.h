#pragma once

#include "core/security/Actor.h"

#include <QString>
#include <optional>

namespace ingot {

// A person who signs in to the desk or runs the CLI with --user. The password is only ever kept as
// an Argon2id hash string (libsodium's crypto_pwhash_str format, which carries its own salt and cost).
struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString passwordHash;
    int failedAttempts = 0;               // consecutive failures since the last success or unlock
    std::optional<qint64> lockedUntil;    // epoch seconds; none: not locked
    bool active = true;                   // disabled users cannot sign in; their history stays
    qint64 createdAt = 0;
    qint64 changedAt = 0;

    Actor actor() const { return {login, role, false}; }
    bool lockedAt(qint64 now) const { return lockedUntil && *lockedUntil > now; }
};

}  // namespace ingot
