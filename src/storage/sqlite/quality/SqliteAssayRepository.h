#pragma once

#include "core/repositories/QualityRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteAssayRepository final : public AssayRepository {
public:
    explicit SqliteAssayRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<QList<GradeLimits>> grades() override;
    Result<GradeLimits> grade(const QString& grade) override;
    Status setLimit(const QString& grade, const QString& element, double percent, const QString& source) override;
    Status insert(Assay& assay) override;
    Result<QList<Assay>> forBatch(const QString& batchNo) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
