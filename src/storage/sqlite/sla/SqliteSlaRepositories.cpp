#include "storage/sqlite/sla/SqliteSlaRepositories.h"

#include "storage/sqlite/sla/SqliteCalendarRepository.h"
#include "storage/sqlite/sla/SqliteCompensationRepository.h"
#include "storage/sqlite/sla/SqliteSlaBreachRepository.h"
#include "storage/sqlite/sla/SqliteSlaNoticeRepository.h"
#include "storage/sqlite/sla/SqliteSlaPolicyRepository.h"
#include "storage/sqlite/sla/SqliteSlaTicketRepository.h"

namespace ingot {

SqliteSlaRepositories::SqliteSlaRepositories(SqliteConnection& connection)
    : m_policies(std::make_unique<SqliteSlaPolicyRepository>(connection)),
      m_calendars(std::make_unique<SqliteCalendarRepository>(connection)),
      m_tickets(std::make_unique<SqliteSlaTicketRepository>(connection)),
      m_breaches(std::make_unique<SqliteSlaBreachRepository>(connection)),
      m_compensations(std::make_unique<SqliteCompensationRepository>(connection)),
      m_notices(std::make_unique<SqliteSlaNoticeRepository>(connection))
{}

SqliteSlaRepositories::~SqliteSlaRepositories() = default;

SlaPolicyRepository& SqliteSlaRepositories::policies()
{
    return *m_policies;
}
CalendarRepository& SqliteSlaRepositories::calendars()
{
    return *m_calendars;
}
SlaTicketRepository& SqliteSlaRepositories::tickets()
{
    return *m_tickets;
}
SlaBreachRepository& SqliteSlaRepositories::breaches()
{
    return *m_breaches;
}
CompensationRepository& SqliteSlaRepositories::compensations()
{
    return *m_compensations;
}
SlaNoticeRepository& SqliteSlaRepositories::notices()
{
    return *m_notices;
}

} // namespace ingot
