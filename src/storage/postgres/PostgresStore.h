#pragma once

#include "core/repositories/Repositories.h"
#include "storage/postgres/PostgresSettings.h"

#include <memory>

namespace ingot {

class PostgresConnection;
class SqlCustomerRepository;
class SqlOrderRepository;
class SqlTechnicianRepository;
class SqlTicketRepository;
class SqlHolidayRepository;
class SqlCustomerRepositories;
class SqlUserRepository;
class SqlAuditRepository;

// A desk on a shared PostgreSQL server. So far it carries the repositories ported to PostgreSQL:
// customers, orders, technicians, tickets (with the queue) and holidays, and write transactions. It
// is not a full `Store` yet (quality, SLA, customer records, users and the audit trail are still
// SQLite-only; docs/postgresql.md). Like SqliteStore it belongs to the thread that opened it.
class PostgresStore final {
public:
    struct Options {
        bool migrate = true;  // create or bring an older schema up to date
    };

    // Refused when the database's schema is newer than this program, when it is older and `migrate`
    // is false, or when the database holds tables that are not IngotDesk's.
    static Result<std::unique_ptr<PostgresStore>> open(const PostgresSettings& settings, const Options& options);
    static Result<std::unique_ptr<PostgresStore>> open(const PostgresSettings& settings)
    {
        return open(settings, Options{});
    }
    ~PostgresStore();

    CustomerRepository& customers();
    OrderRepository& orders();
    TechnicianRepository& technicians();
    TicketRepository& tickets();
    HolidayRepository& holidays();
    CustomerRepositories& customerRecords();
    UserRepository& users();
    AuditRepository& audit();
    Status write(const std::function<Status()>& work);

    int schemaVersion() const;
    PostgresConnection& connection() { return *m_connection; }

private:
    explicit PostgresStore(std::unique_ptr<PostgresConnection> connection);

    std::unique_ptr<PostgresConnection> m_connection;
    std::unique_ptr<SqlCustomerRepository> m_customers;
    std::unique_ptr<SqlOrderRepository> m_orders;
    std::unique_ptr<SqlTechnicianRepository> m_technicians;
    std::unique_ptr<SqlTicketRepository> m_tickets;
    std::unique_ptr<SqlHolidayRepository> m_holidays;
    std::unique_ptr<SqlCustomerRepositories> m_customerRecords;
    std::unique_ptr<SqlUserRepository> m_users;
    std::unique_ptr<SqlAuditRepository> m_audit;
};

}  // namespace ingot
