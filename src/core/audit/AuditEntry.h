#pragma once

#include <QString>
#include <QtGlobal>

namespace ingot {

// One line of the audit trail: who changed what, when, and how. Entries form a hash chain (see
// AuditChain): each hash covers the entry and the previous entry's hash, so editing, deleting or
// reordering a stored entry breaks every hash after it.
struct AuditEntry {
    qint64 seq = 0;            // 1, 2, 3 ... without gaps; set by AuditRepository::append
    qint64 at = 0;             // UTC epoch seconds
    QString actor;             // login, or "system"
    bool localAdmin = false;   // a CLI run without --user: full rights, so the trail says so
    QString entity;            // "ticket", "customer", "policy", "user", "compensation", ...
    QString entityId;          // ticket number, customer code, policy id ...
    QString action;            // "create", "assess", "import", "approve", ...
    QString detail;            // compact JSON object text, hashed exactly as stored
    QString prevHash;          // hex SHA-256 of the previous entry; AuditChain::genesisHash() for seq 1
    QString hash;              // hex SHA-256 of this entry (AuditChain::hashOf)
};

}  // namespace ingot
