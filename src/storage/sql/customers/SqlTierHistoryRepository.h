#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqlConnection;

class SqlTierHistoryRepository final : public TierHistoryRepository {
public:
    explicit SqlTierHistoryRepository(SqlConnection& connection) : m_c(connection) {}
    Status append(TierEvent& event) override;
    Result<QList<TierEvent>> forCustomer(const QString& customerCode) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
