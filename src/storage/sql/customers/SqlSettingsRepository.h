#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqlConnection;

class SqlSettingsRepository final : public SettingsRepository {
public:
    explicit SqlSettingsRepository(SqlConnection& connection) : m_c(connection) {}
    Result<std::optional<QString>> value(const QString& key) override;
    Status setValue(const QString& key, const QString& value) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
