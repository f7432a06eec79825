#include "storage/sqlite/SqliteStore.h"

#include "storage/sql/quality/KnowledgeSearch.h"
#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/bulk/SqliteTicketInserts.h"
#include "storage/sqlite/search/SqliteKnowledgeSearch.h"
#include "storage/sqlite/search/SqliteTicketSearch.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ingot {

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection)
    : SqlStore(std::move(connection), [](SqlConnection& c) {
          auto& sqlite = static_cast<SqliteConnection&>(c);
          return BackendParts{std::make_unique<SqliteTicketSearch>(sqlite), std::make_unique<SqliteTicketInserts>(sqlite),
                              std::make_unique<SqliteKnowledgeSearch>()};
      })
{
}

SqliteStore::~SqliteStore() = default;

SqliteConnection& SqliteStore::connection()
{
    return static_cast<SqliteConnection&>(sqlConnection());
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

QString SqliteStore::path() const
{
    return static_cast<const SqliteConnection&>(sqlConnection()).path();
}

int SqliteStore::schemaVersion() const
{
    auto v = sqlConnection().scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

}  // namespace ingot
