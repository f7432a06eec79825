#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqlConnection;

class SqlOrderRepository final : public OrderRepository {
public:
    explicit SqlOrderRepository(SqlConnection& connection) : m_c(connection) {}
    Status upsert(Order& order) override;
    Result<Order> findByNumber(const QString& orderNo) override;
    Result<QList<Order>> forCustomer(const QString& customerCode) override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
