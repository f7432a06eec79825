#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqliteConnection;

class SqliteHolidayRepository final : public HolidayRepository {
public:
    explicit SqliteHolidayRepository(SqliteConnection& connection) : m_c(connection) {}
    Status upsert(const Entry& entry) override;
    Result<QList<Entry>> all() override;

private:
    SqliteConnection& m_c;
};

}  // namespace ingot
