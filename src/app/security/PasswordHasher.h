#pragma once

#include "core/common/Result.h"

#include <QString>
#include <cstddef>

namespace ingot {

// Argon2id through libsodium (crypto_pwhash_str): the stored string carries salt and cost, so
// verification needs nothing else and a cost change is detected per hash (needsRehash).
class PasswordHasher final {
public:
    struct Cost {
        unsigned long long opsLimit;
        std::size_t memLimit;  // bytes
    };
    // OPSLIMIT_MODERATE passes over 128 MiB: about 0.3-0.5 s per hash or check on the 2-core build
    // machine (docs/security-roles.md has the measurement); the full MEMLIMIT_MODERATE (256 MiB) took
    // about a second there, too long for a sign-in.
    static Cost standard();
    // libsodium's minimum: for tests only, where hundreds of hashes must stay fast.
    static Cost fastForTests();

    explicit PasswordHasher(Cost cost = standard());

    Result<QString> hash(const QString& password) const;
    bool verify(const QString& storedHash, const QString& password) const;
    bool needsRehash(const QString& storedHash) const;
    // Spends about the time of one verification without a user (unknown login, locked account), so
    // response times do not tell which logins exist.
    void spendVerifyTime(const QString& password) const;
    const Cost& cost() const { return m_cost; }

private:
    Cost m_cost;
    mutable QString m_dummyHash;  // made on first need: most runs never meet an unknown login
};

}  // namespace ingot
