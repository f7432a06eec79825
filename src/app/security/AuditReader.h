#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

// Reading and verifying the audit trail: administrators only (Permission::AuditView), whichever
// window or command asks.
class AuditReader final {
public:
    explicit AuditReader(Store& store) : m_store(store) {}

    Result<QList<AuditEntry>> page(const AuditQuery& query, qint64 offset, int limit);  // newest first
    Result<qint64> count(const AuditQuery& query);
    Result<AuditVerification> verify();

private:
    Store& m_store;
};

}  // namespace ingot
