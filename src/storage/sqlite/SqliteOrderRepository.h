#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqliteConnection;

class SqliteOrderRepository final : public OrderRepository {
public:
    explicit SqliteOrderRepository(SqliteConnection& connection) : m_c(connection) {}
    Status upsert(Order& order) override;
    Result<Order> findByNumber(const QString& orderNo) override;
    Result<QList<Order>> forCustomer(const QString& customerCode) override;

private:
    SqliteConnection& m_c;
};

}  // namespace ingot
