#pragma once

#include "core/repositories/Repositories.h"

#include <QString>
#include <memory>

namespace ingot {

class SqliteConnection;
class SqlCustomerRepository;
class SqlOrderRepository;
class SqlTechnicianRepository;
class SqlTicketRepository;
class SqlHolidayRepository;
class SqliteQualityRepositories;
class SqliteSlaRepositories;
class SqlCustomerRepositories;
class SqlAuditRepository;
class SqlUserRepository;

// The SQLite implementation of Store. A store and its connection belong to the thread that opened
// it (Qt's rule for QSqlDatabase): a worker thread opens a store of its own.
class SqliteStore final : public Store {
public:
    struct Options {
        bool create = true;   // create the file when missing
        bool migrate = true;  // bring an older schema up to date (after copying the file aside)
        bool readOnly = false;
    };

    // Refused (Error::Kind::Refused) when the file's schema is newer than this program, when it is
    // older and `migrate` is false, or when it is not an IngotDesk database.
    static Result<std::unique_ptr<SqliteStore>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<SqliteStore>> open(const QString& path) { return open(path, Options{}); }
    ~SqliteStore() override;

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
    Status write(const std::function<Status()>& work) override;

    QString path() const;
    int schemaVersion() const;
    SqliteConnection& connection() { return *m_connection; }

private:
    explicit SqliteStore(std::unique_ptr<SqliteConnection> connection);

    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<SqlCustomerRepository> m_customers;
    std::unique_ptr<SqlOrderRepository> m_orders;
    std::unique_ptr<SqlTechnicianRepository> m_technicians;
    std::unique_ptr<SqlTicketRepository> m_tickets;
    std::unique_ptr<SqlHolidayRepository> m_holidays;
    std::unique_ptr<SqliteQualityRepositories> m_quality;
    std::unique_ptr<SqlCustomerRepositories> m_customerRecords;
    std::unique_ptr<SqliteSlaRepositories> m_sla;
    std::unique_ptr<SqlAuditRepository> m_audit;
    std::unique_ptr<SqlUserRepository> m_users;
};

}  // namespace ingot
