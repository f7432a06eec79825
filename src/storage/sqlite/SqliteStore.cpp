#include "storage/sqlite/SqliteStore.h"

#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/SqlCustomerRepository.h"
#include "storage/sql/SqlHolidayRepository.h"
#include "storage/sql/SqlOrderRepository.h"
#include "storage/sql/SqlTechnicianRepository.h"
#include "storage/sql/SqlTicketRepository.h"
#include "storage/sqlite/bulk/SqliteTicketInserts.h"
#include "storage/sqlite/search/SqliteTicketSearch.h"
#include "storage/sqlite/quality/SqliteQualityRepositories.h"
#include "storage/sql/customers/SqlCustomerRepositories.h"
#include "storage/sqlite/sla/SqliteSlaRepositories.h"
#include "storage/sql/audit/SqlAuditRepository.h"
#include "storage/sql/security/SqlUserRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ingot {

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection)),
      m_customers(std::make_unique<SqlCustomerRepository>(*m_connection)),
      m_orders(std::make_unique<SqlOrderRepository>(*m_connection)),
      m_technicians(std::make_unique<SqlTechnicianRepository>(*m_connection)),
      m_tickets(std::make_unique<SqlTicketRepository>(*m_connection, std::make_unique<SqliteTicketSearch>(*m_connection),
                                                      std::make_unique<SqliteTicketInserts>(*m_connection))),
      m_holidays(std::make_unique<SqlHolidayRepository>(*m_connection)),
      m_quality(std::make_unique<SqliteQualityRepositories>(*m_connection)),
      m_customerRecords(std::make_unique<SqlCustomerRepositories>(*m_connection)),
      m_sla(std::make_unique<SqliteSlaRepositories>(*m_connection)),
      m_audit(std::make_unique<SqlAuditRepository>(*m_connection)),
      m_users(std::make_unique<SqlUserRepository>(*m_connection))
{
}

SqliteStore::~SqliteStore()
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

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString& path, const Options& options)
{
    auto connection = SqliteConnection::open(path, options.create, options.readOnly);
    if (!connection)
        return connection.error();
    SqliteConnection& c = **connection;

    // Nothing is written before the version check: a newer or foreign file stays untouched.
    auto version = Migrator::check(c);
    if (!version)
        return version.error();
    if (*version < Migrator::latestVersion()) {
        if (!options.migrate || options.readOnly)
            return Error::refused(QCoreApplication::translate("Storage",
                                                              "%1 has schema %2 and needs an upgrade to schema %3; "
                                                              "run 'ingotdesk-cli init' or open it in the desk.")
                                      .arg(path)
                                      .arg(*version)
                                      .arg(Migrator::latestVersion()));
    }
    if (!options.readOnly)
        if (auto st = c.configure(); !st)
            return st.error();
    if (*version < Migrator::latestVersion())
        if (auto st = Migrator::migrate(c, *version); !st)
            return st.error();
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(connection).value()));
}

CustomerRepository& SqliteStore::customers() { return *m_customers; }
OrderRepository& SqliteStore::orders() { return *m_orders; }
TechnicianRepository& SqliteStore::technicians() { return *m_technicians; }
TicketRepository& SqliteStore::tickets() { return *m_tickets; }
HolidayRepository& SqliteStore::holidays() { return *m_holidays; }
QualityRepositories& SqliteStore::quality() { return *m_quality; }
CustomerRepositories& SqliteStore::customerRecords() { return *m_customerRecords; }
SlaRepositories& SqliteStore::sla() { return *m_sla; }
AuditRepository& SqliteStore::audit() { return *m_audit; }
UserRepository& SqliteStore::users() { return *m_users; }

Status SqliteStore::write(const std::function<Status()>& work)
{
    return m_connection->write(work);
}

QString SqliteStore::path() const
{
    return m_connection->path();
}

int SqliteStore::schemaVersion() const
{
    auto v = m_connection->scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

}  // namespace ingot
