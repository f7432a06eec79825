#pragma once

#include "core/repositories/AuditRepository.h"

namespace ingot {

class SqlConnection;

class SqlAuditRepository final : public AuditRepository {
public:
    explicit SqlAuditRepository(SqlConnection& connection) : m_c(connection) {}

    Status append(AuditEntry& entry) override;
    Result<QList<AuditEntry>> page(const AuditQuery& query, qint64 offset, int limit) override;
    Result<qint64> count(const AuditQuery& query) override;
    Result<std::optional<AuditEntry>> latestFor(const QString& entity, const QString& entityId) override;
    Result<AuditVerification> verify() override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
