#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteSettingsRepository final : public SettingsRepository {
public:
    explicit SqliteSettingsRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<std::optional<QString>> value(const QString& key) override;
    Status setValue(const QString& key, const QString& value) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
