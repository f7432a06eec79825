#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqlConnection;

class SqlHolidayRepository final : public HolidayRepository {
public:
    explicit SqlHolidayRepository(SqlConnection& connection) : m_c(connection) {}
    Status upsert(const Entry& entry) override;
    Status remove(const QString& date, const QString& calendar) override;
    Result<QList<Entry>> all() override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
