#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class PostgresConnection;

class PostgresOrderRepository final : public OrderRepository {
public:
    explicit PostgresOrderRepository(PostgresConnection& connection) : m_c(connection) {}
    Status upsert(Order& order) override;
    Result<Order> findByNumber(const QString& orderNo) override;
    Result<QList<Order>> forCustomer(const QString& customerCode) override;

private:
    PostgresConnection& m_c;
};

}  // namespace ingot
