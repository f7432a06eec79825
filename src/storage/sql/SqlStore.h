#pragma once

#include "core/repositories/Repositories.h"

#include <functional>
#include <memory>

namespace ingot {

class SqlConnection;
class SqlCustomerRepository;
class SqlOrderRepository;
class SqlTechnicianRepository;
class SqlTicketRepository;
class SqlHolidayRepository;
class SqlQualityRepositories;
class SqlCustomerRepositories;
class SqlSlaRepositories;
class SqlAuditRepository;
class SqlUserRepository;
class TicketSearch;
class TicketInserts;
class KnowledgeSearch;

// The Store both backends share: one connection and the repositories of storage/sql on it.
// SqliteStore and PostgresStore open the connection and hand over what differs in the repositories
// (searches, the bulk insert path). Belongs to the thread that opened it.
class SqlStore : public Store {
public:
    ~SqlStore() override;

    CustomerRepository& customers() override;
    OrderRepository& orders() override;
    TechnicianRepository& technicians() override;
    TicketRepository& tickets() override;
    HolidayRepository& holidays() override;
    QualityRepositories& quality() override;
    CustomerRepositories& customerRecords() override;
    SlaRepositories& sla() override;
    AuditRepository& audit() override;
    UserRepository& users() override;
    std::unique_ptr<SlaBoardRepository> boardReads() override;
    std::unique_ptr<KpiRepository> kpiReads() override;
    Status write(const std::function<Status()>& work) override;

protected:
    // The backend's parts of the shared repositories, made on the store's connection.
    struct BackendParts {
        std::unique_ptr<TicketSearch> ticketSearch;
        std::unique_ptr<TicketInserts> ticketInserts;
        std::unique_ptr<KnowledgeSearch> knowledgeSearch;
    };
    SqlStore(std::unique_ptr<SqlConnection> connection,
             const std::function<BackendParts(SqlConnection&)>& makeParts);
    SqlConnection& sqlConnection() const { return *m_connection; }

private:
    std::unique_ptr<SqlConnection> m_connection;  // first: the repositories' statements go before it
    std::unique_ptr<SqlCustomerRepository> m_customers;
    std::unique_ptr<SqlOrderRepository> m_orders;
    std::unique_ptr<SqlTechnicianRepository> m_technicians;
    std::unique_ptr<SqlTicketRepository> m_tickets;
    std::unique_ptr<SqlHolidayRepository> m_holidays;
    std::unique_ptr<SqlQualityRepositories> m_quality;
    std::unique_ptr<SqlCustomerRepositories> m_customerRecords;
    std::unique_ptr<SqlSlaRepositories> m_sla;
    std::unique_ptr<SqlAuditRepository> m_audit;
    std::unique_ptr<SqlUserRepository> m_users;
};

}  // namespace ingot
