#pragma once

#include "storage/postgres/PostgresSettings.h"
#include "storage/sql/SqlStore.h"

#include <memory>

namespace ingot {

class PostgresConnection;

// A desk on a shared PostgreSQL server: the shared repositories of storage/sql with PostgreSQL's
// searches (ILIKE) and prepared-statement inserts. Like SqliteStore it belongs to the thread that
// opened it.
class PostgresStore final : public SqlStore {
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
    ~PostgresStore() override;

    int schemaVersion() const;
    PostgresConnection& connection();

private:
    explicit PostgresStore(std::unique_ptr<PostgresConnection> connection);
};

}  // namespace ingot
