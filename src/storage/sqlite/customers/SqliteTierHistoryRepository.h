#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteTierHistoryRepository final : public TierHistoryRepository {
public:
    explicit SqliteTierHistoryRepository(SqliteConnection& connection) : m_c(connection) {}
    Status append(TierEvent& event) override;
    Result<QList<TierEvent>> forCustomer(const QString& customerCode) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
