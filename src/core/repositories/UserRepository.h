#pragma once

#include "core/common/Result.h"
#include "core/security/User.h"

#include <QList>

namespace ingot {

// The people who sign in. Logins are unique and compared as stored (lower case by UserService).
class UserRepository {
public:
    virtual ~UserRepository() = default;
    virtual Status insert(User& user) = 0;  // sets id; refused when the login exists
    // Stores every field but id, login and createdAt.
    virtual Status update(const User& user) = 0;
    virtual Result<User> findByLogin(const QString& login) = 0;  // NotFound when there is none
    virtual Result<QList<User>> all() = 0;                       // by login
    virtual Result<qint64> count() = 0;
};

}  // namespace ingot
