#pragma once

#include "core/audit/AuditChain.h"
#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// What a viewer of the audit trail asks for; empty fields do not filter.
struct AuditQuery {
    QString entity;
    QString entityId;
    QString actor;
    std::optional<qint64> from;  // UTC epoch seconds, inclusive
    std::optional<qint64> to;    // exclusive
};

// The outcome of checking the whole chain.
struct AuditVerification {
    qint64 checked = 0;                 // entries that fit the chain
    std::optional<AuditEntry> firstBad; // the first stored entry that does not
    QString reason;                     // "hash", "previous hash", "sequence"
    bool ok() const { return !firstBad; }
};

// The stored audit trail: append-only, hash-chained.
class AuditRepository {
public:
    virtual ~AuditRepository() = default;
    // Appends inside the current Store::write() (refused outside one, so an entry commits or rolls
    // back together with the change it records); fills seq, prevHash and hash from the last entry.
    virtual Status append(AuditEntry& entry) = 0;
    // Newest first.
    virtual Result<QList<AuditEntry>> page(const AuditQuery& query, qint64 offset, int limit) = 0;
    virtual Result<qint64> count(const AuditQuery& query) = 0;
    // The newest entry about one entity, if any (e.g. who last changed a ticket).
    virtual Result<std::optional<AuditEntry>> latestFor(const QString& entity, const QString& entityId) = 0;
    // Reads the whole chain in seq order, streaming, and checks it.
    virtual Result<AuditVerification> verify() = 0;
};

}  // namespace ingot
