#include "app/security/AuditReader.h"

#include "app/security/Authorizer.h"

namespace ingot {

Result<QList<AuditEntry>> AuditReader::page(const AuditQuery& query, qint64 offset, int limit)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::AuditView); !allowed)
        return allowed.error();
    return m_store.audit().page(query, offset, limit);
}

Result<qint64> AuditReader::count(const AuditQuery& query)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::AuditView); !allowed)
        return allowed.error();
    return m_store.audit().count(query);
}

Result<AuditVerification> AuditReader::verify()
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::AuditView); !allowed)
        return allowed.error();
    return m_store.audit().verify();
}

}  // namespace ingot
