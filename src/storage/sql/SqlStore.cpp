#include "storage/sql/SqlStore.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlCustomerRepository.h"
#include "storage/sql/SqlHolidayRepository.h"
#include "storage/sql/SqlOrderRepository.h"
#include "storage/sql/SqlTechnicianRepository.h"
#include "storage/sql/SqlTicketRepository.h"
#include "storage/sql/audit/SqlAuditRepository.h"
#include "storage/sql/board/SqlSlaBoardRepository.h"
#include "storage/sql/customers/SqlCustomerRepositories.h"
#include "storage/sql/quality/KnowledgeSearch.h"
#include "storage/sql/quality/SqlQualityRepositories.h"
#include "storage/sql/report/SqlKpiRepository.h"
#include "storage/sql/security/SqlUserRepository.h"
#include "storage/sql/sla/SqlSlaRepositories.h"

namespace ingot {

SqlStore::SqlStore(std::unique_ptr<SqlConnection> connection,
                   const std::function<BackendParts(SqlConnection&)>& makeParts)
    : m_connection(std::move(connection))
{
    SqlConnection& c = *m_connection;
    BackendParts parts = makeParts(c);
    m_customers = std::make_unique<SqlCustomerRepository>(c);
    m_orders = std::make_unique<SqlOrderRepository>(c);
    m_technicians = std::make_unique<SqlTechnicianRepository>(c);
    m_tickets = std::make_unique<SqlTicketRepository>(c, std::move(parts.ticketSearch), std::move(parts.ticketInserts));
    m_holidays = std::make_unique<SqlHolidayRepository>(c);
    m_quality = std::make_unique<SqlQualityRepositories>(c, std::move(parts.knowledgeSearch));
    m_customerRecords = std::make_unique<SqlCustomerRepositories>(c);
    m_sla = std::make_unique<SqlSlaRepositories>(c);
    m_audit = std::make_unique<SqlAuditRepository>(c);
    m_users = std::make_unique<SqlUserRepository>(c);
}

SqlStore::~SqlStore()
{
    // Repositories hold prepared statements of the connection: drop them first.
    m_tickets.reset();
    m_customers.reset();
    m_orders.reset();
    m_technicians.reset();
    m_holidays.reset();
    m_quality.reset();
    m_customerRecords.reset();
    m_sla.reset();
    m_audit.reset();
    m_users.reset();
}

CustomerRepository& SqlStore::customers() { return *m_customers; }
OrderRepository& SqlStore::orders() { return *m_orders; }
TechnicianRepository& SqlStore::technicians() { return *m_technicians; }
TicketRepository& SqlStore::tickets() { return *m_tickets; }
HolidayRepository& SqlStore::holidays() { return *m_holidays; }
QualityRepositories& SqlStore::quality() { return *m_quality; }
CustomerRepositories& SqlStore::customerRecords() { return *m_customerRecords; }
SlaRepositories& SqlStore::sla() { return *m_sla; }
AuditRepository& SqlStore::audit() { return *m_audit; }
UserRepository& SqlStore::users() { return *m_users; }

std::unique_ptr<SlaBoardRepository> SqlStore::boardReads()
{
    return std::make_unique<SqlSlaBoardRepository>(*m_connection);
}

std::unique_ptr<KpiRepository> SqlStore::kpiReads()
{
    return std::make_unique<SqlKpiRepository>(*m_connection);
}

Status SqlStore::write(const std::function<Status()>& work)
{
    return m_connection->write(work);
}

}  // namespace ingot
