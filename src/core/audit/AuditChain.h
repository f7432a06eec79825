#pragma once

#include "core/audit/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// The hash chain of the audit trail, as pure functions: no storage, no clock.
//
// hash(entry) = hex(SHA-256(canonical(entry))), where canonical() is the UTF-8 of the fields in a
// fixed order, each written as "<name>=<byte length>:<bytes>\n", ending with the previous hash.
// Length prefixes make the serialization unambiguous whatever the text contains.
class AuditChain final {
public:
    // The previous hash of the first entry.
    static QString genesisHash();
    static QByteArray canonical(const AuditEntry& entry);
    static QString hashOf(const AuditEntry& entry);
    // Sets seq, prevHash and hash of `entry` so that it follows `previous` (none: the first entry).
    static void seal(AuditEntry& entry, const std::optional<AuditEntry>& previous);
    static void seal(AuditEntry& entry, qint64 previousSeq, const QString& previousHash);

    // Checks entries one at a time, in seq order, keeping only the last one: a chain of millions
    // of entries is verified without holding it in memory.
    class Verifier final {
    public:
        // False once an entry is bad; later entries are not looked at.
        bool feed(const AuditEntry& entry);
        bool ok() const { return !m_bad; }
        qint64 checked() const { return m_checked; }
        // The first entry that does not fit (edited, or following a removed entry).
        const std::optional<AuditEntry>& firstBad() const { return m_bad; }
        // Why it does not fit, in English for logs: "hash", "previous hash", "sequence".
        const QString& reason() const { return m_reason; }

    private:
        qint64 m_lastSeq = 0;
        QString m_lastHash = genesisHash();
        qint64 m_checked = 0;
        std::optional<AuditEntry> m_bad;
        QString m_reason;
    };

    // The seq of the first bad entry of `entries` (in seq order), or none when the chain holds.
    static std::optional<qint64> verify(const QList<AuditEntry>& entries);
};

}  // namespace ingot
