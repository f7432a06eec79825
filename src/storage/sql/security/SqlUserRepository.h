#pragma once

#include "core/repositories/UserRepository.h"

namespace ingot {

class SqlConnection;

class SqlUserRepository final : public UserRepository {
public:
    explicit SqlUserRepository(SqlConnection& connection) : m_c(connection) {}
    Status insert(User& user) override;
    Status update(const User& user) override;
    Result<User> findByLogin(const QString& login) override;
    Result<QList<User>> all() override;
    Result<qint64> count() override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
