#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteCalendarRepository final : public CalendarRepository {
public:
    explicit SqliteCalendarRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<QList<CalendarDefinition>> all() override;
    Status upsert(const CalendarDefinition& calendar) override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
