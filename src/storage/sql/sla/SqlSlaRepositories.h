#pragma once

#include "core/repositories/SlaRepositories.h"

#include <memory>

namespace ingot {

class SqlConnection;
class SqlSlaPolicyRepository;
class SqlCalendarRepository;
class SqlSlaTicketRepository;
class SqlSlaBreachRepository;
class SqlCompensationRepository;
class SqlSlaNoticeRepository;

// The SLA repositories over one connection (SqliteStore::sla()).
class SqlSlaRepositories final : public SlaRepositories {
public:
    explicit SqlSlaRepositories(SqlConnection& connection);
    ~SqlSlaRepositories() override;

    SlaPolicyRepository& policies() override;
    CalendarRepository& calendars() override;
    SlaTicketRepository& tickets() override;
    SlaBreachRepository& breaches() override;
    CompensationRepository& compensations() override;
    SlaNoticeRepository& notices() override;

private:
    std::unique_ptr<SqlSlaPolicyRepository> m_policies;
    std::unique_ptr<SqlCalendarRepository> m_calendars;
    std::unique_ptr<SqlSlaTicketRepository> m_tickets;
    std::unique_ptr<SqlSlaBreachRepository> m_breaches;
    std::unique_ptr<SqlCompensationRepository> m_compensations;
    std::unique_ptr<SqlSlaNoticeRepository> m_notices;
};

} // namespace ingot
