#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqlConnection;

class SqlCustomerRepository final : public CustomerRepository {
public:
    explicit SqlCustomerRepository(SqlConnection& connection) : m_c(connection) {}
    Status upsert(Customer& customer) override;
    Result<Customer> findByCode(const QString& code) override;
    Result<QList<Customer>> search(const QString& text, int limit) override;
    Status forEach(const std::function<void(const Customer&)>& visit) override;
    Result<qint64> count() override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
