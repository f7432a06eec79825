#pragma once

#include "core/repositories/QualityRepositories.h"

namespace ingot {

class SqlConnection;

class SqlAssayRepository final : public AssayRepository {
public:
    explicit SqlAssayRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QList<GradeLimits>> grades() override;
    Result<GradeLimits> grade(const QString& grade) override;
    Status setLimit(const QString& grade, const QString& element, double percent, const QString& source) override;
    Status insert(Assay& assay) override;
    Result<QList<Assay>> forBatch(const QString& batchNo) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
