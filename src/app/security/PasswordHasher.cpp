#include "app/security/PasswordHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;  // thread-safe, idempotent
    return ready;
}
}  // namespace

PasswordHasher::Cost PasswordHasher::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, std::size_t{128} * 1024 * 1024};
}

PasswordHasher::Cost PasswordHasher::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost) {}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return Error::internal(Text::tr("the cryptography library could not be initialised"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_cost.opsLimit,
                          m_cost.memLimit) != 0)
        return Error::internal(Text::tr("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password) const
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) ==
           0;
}

bool PasswordHasher::needsRehash(const QString& storedHash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit, m_cost.memLimit) != 0;
}

void PasswordHasher::spendVerifyTime(const QString& password) const
{
    if (m_dummyHash.isEmpty()) {
        // Made lazily with this hasher's cost, so it takes as long as a real check.
        auto h = hash(QStringLiteral("no such user: a dummy password"));
        m_dummyHash = h ? *h : QString();
    }
    (void)verify(m_dummyHash, password);
}

}  // namespace ingot
