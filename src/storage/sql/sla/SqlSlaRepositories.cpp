#include "storage/sql/sla/SqlSlaRepositories.h"

#include "storage/sql/sla/SqlCalendarRepository.h"
#include "storage/sql/sla/SqlCompensationRepository.h"
#include "storage/sql/sla/SqlSlaBreachRepository.h"
#include "storage/sql/sla/SqlSlaNoticeRepository.h"
#include "storage/sql/sla/SqlSlaPolicyRepository.h"
#include "storage/sql/sla/SqlSlaTicketRepository.h"

namespace ingot {

SqlSlaRepositories::SqlSlaRepositories(SqlConnection& connection)
    : m_policies(std::make_unique<SqlSlaPolicyRepository>(connection)),
      m_calendars(std::make_unique<SqlCalendarRepository>(connection)),
      m_tickets(std::make_unique<SqlSlaTicketRepository>(connection)),
      m_breaches(std::make_unique<SqlSlaBreachRepository>(connection)),
      m_compensations(std::make_unique<SqlCompensationRepository>(connection)),
      m_notices(std::make_unique<SqlSlaNoticeRepository>(connection))
{}

SqlSlaRepositories::~SqlSlaRepositories() = default;

SlaPolicyRepository& SqlSlaRepositories::policies()
{
    return *m_policies;
}
CalendarRepository& SqlSlaRepositories::calendars()
{
    return *m_calendars;
}
SlaTicketRepository& SqlSlaRepositories::tickets()
{
    return *m_tickets;
}
SlaBreachRepository& SqlSlaRepositories::breaches()
{
    return *m_breaches;
}
CompensationRepository& SqlSlaRepositories::compensations()
{
    return *m_compensations;
}
SlaNoticeRepository& SqlSlaRepositories::notices()
{
    return *m_notices;
}

} // namespace ingot
