#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqlConnection;

class SqlCalendarRepository final : public CalendarRepository {
public:
    explicit SqlCalendarRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QList<CalendarDefinition>> all() override;
    Status upsert(const CalendarDefinition& calendar) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
