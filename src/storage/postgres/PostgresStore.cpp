#include "storage/postgres/PostgresStore.h"

#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresDialect.h"
#include "storage/postgres/PostgresKnowledgeSearch.h"
#include "storage/postgres/PostgresMigrator.h"
#include "storage/postgres/PostgresTicketSearch.h"
#include "storage/sql/SqlTicketInserts.h"

#include <QCoreApplication>

namespace ingot {

PostgresStore::PostgresStore(std::unique_ptr<PostgresConnection> connection)
    : SqlStore(std::move(connection), [](SqlConnection& c) {
          return BackendParts{std::make_unique<PostgresTicketSearch>(c), std::make_unique<SqlTicketInserts>(c),
                              std::make_unique<PostgresKnowledgeSearch>()};
      })
{
}

PostgresStore::~PostgresStore() = default;

PostgresConnection& PostgresStore::connection()
{
    return static_cast<PostgresConnection&>(sqlConnection());
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

int PostgresStore::schemaVersion() const
{
    QSqlQuery q(sqlConnection().database());
    if (!q.exec(PostgresDialect::schemaVersionQuery()) || !q.next())
        return -1;
    return q.value(1).toInt();
}

}  // namespace ingot
