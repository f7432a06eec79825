#include "storage/postgres/PostgresStore.h"

#include "storage/postgres/PostgresConnection.h"
#include "storage/sql/SqlCustomerRepository.h"
#include "storage/postgres/PostgresDialect.h"
#include "storage/sql/SqlHolidayRepository.h"
#include "storage/postgres/PostgresMigrator.h"
#include "storage/sql/SqlOrderRepository.h"
#include "storage/sql/SqlTechnicianRepository.h"
#include "storage/postgres/PostgresTicketSearch.h"
#include "storage/sql/SqlTicketInserts.h"
#include "storage/sql/SqlTicketRepository.h"
#include "storage/sql/audit/SqlAuditRepository.h"
#include "storage/sql/customers/SqlCustomerRepositories.h"
#include "storage/sql/security/SqlUserRepository.h"

#include <QCoreApplication>

namespace ingot {

PostgresStore::PostgresStore(std::unique_ptr<PostgresConnection> connection)
    : m_connection(std::move(connection)),
      m_customers(std::make_unique<SqlCustomerRepository>(*m_connection)),
      m_orders(std::make_unique<SqlOrderRepository>(*m_connection)),
      m_technicians(std::make_unique<SqlTechnicianRepository>(*m_connection)),
      m_tickets(std::make_unique<SqlTicketRepository>(*m_connection, std::make_unique<PostgresTicketSearch>(),
                                                      std::make_unique<SqlTicketInserts>(*m_connection))),
      m_holidays(std::make_unique<SqlHolidayRepository>(*m_connection)),
      m_customerRecords(std::make_unique<SqlCustomerRepositories>(*m_connection)),
      m_users(std::make_unique<SqlUserRepository>(*m_connection)),
      m_audit(std::make_unique<SqlAuditRepository>(*m_connection))
{
}

PostgresStore::~PostgresStore()
{
    // Repositories hold prepared statements of the connection: drop them first.
    m_tickets.reset();
    m_customers.reset();
    m_orders.reset();
    m_technicians.reset();
    m_holidays.reset();
    m_customerRecords.reset();
    m_users.reset();
    m_audit.reset();
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const PostgresSettings& settings, const Options& options)
{
    auto connection = PostgresConnection::open(settings);
    if (!connection)
        return connection.error();
    PostgresConnection& c = **connection;
    if (auto st = c.configure(); !st)
        return st.error();
    // Nothing is written before the version check: a newer or foreign database stays untouched.
    auto version = PostgresMigrator::check(c);
    if (!version)
        return version.error();
    if (*version < PostgresMigrator::latestVersion()) {
        if (!options.migrate)
            return Error::refused(QCoreApplication::translate("Storage",
                                                              "%1 has schema %2 and needs an upgrade to schema %3; "
                                                              "run 'ingotdesk-cli init' or open it in the desk.")
                                      .arg(settings.displayName())
                                      .arg(*version)
                                      .arg(PostgresMigrator::latestVersion()));
        if (auto st = PostgresMigrator::migrate(c); !st)
            return st.error();
    }
    return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(connection).value()));
}

CustomerRepository& PostgresStore::customers() { return *m_customers; }
OrderRepository& PostgresStore::orders() { return *m_orders; }
TechnicianRepository& PostgresStore::technicians() { return *m_technicians; }
TicketRepository& PostgresStore::tickets() { return *m_tickets; }
HolidayRepository& PostgresStore::holidays() { return *m_holidays; }
CustomerRepositories& PostgresStore::customerRecords() { return *m_customerRecords; }
UserRepository& PostgresStore::users() { return *m_users; }
AuditRepository& PostgresStore::audit() { return *m_audit; }

Status PostgresStore::write(const std::function<Status()>& work)
{
    return m_connection->write(work);
}

int PostgresStore::schemaVersion() const
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(PostgresDialect::schemaVersionQuery()) || !q.next())
        return -1;
    return q.value(1).toInt();
}

}  // namespace ingot
