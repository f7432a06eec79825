#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class PostgresConnection;

class PostgresHolidayRepository final : public HolidayRepository {
public:
    explicit PostgresHolidayRepository(PostgresConnection& connection) : m_c(connection) {}
    Status upsert(const Entry& entry) override;
    Result<QList<Entry>> all() override;

private:
    PostgresConnection& m_c;
};

}  // namespace ingot
