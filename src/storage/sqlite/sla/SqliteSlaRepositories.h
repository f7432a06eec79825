#pragma once

#include "core/repositories/SlaRepositories.h"

#include <memory>

namespace ingot {

class SqliteConnection;
class SqliteSlaPolicyRepository;
class SqliteCalendarRepository;
class SqliteSlaTicketRepository;
class SqliteSlaBreachRepository;
class SqliteCompensationRepository;
class SqliteSlaNoticeRepository;

// The SLA repositories over one connection (SqliteStore::sla()).
class SqliteSlaRepositories final : public SlaRepositories {
public:
    explicit SqliteSlaRepositories(SqliteConnection& connection);
    ~SqliteSlaRepositories() override;

    SlaPolicyRepository& policies() override;
    CalendarRepository& calendars() override;
    SlaTicketRepository& tickets() override;
    SlaBreachRepository& breaches() override;
    CompensationRepository& compensations() override;
    SlaNoticeRepository& notices() override;

private:
    std::unique_ptr<SqliteSlaPolicyRepository> m_policies;
    std::unique_ptr<SqliteCalendarRepository> m_calendars;
    std::unique_ptr<SqliteSlaTicketRepository> m_tickets;
    std::unique_ptr<SqliteSlaBreachRepository> m_breaches;
    std::unique_ptr<SqliteCompensationRepository> m_compensations;
    std::unique_ptr<SqliteSlaNoticeRepository> m_notices;
};

} // namespace ingot
