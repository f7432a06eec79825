#pragma once

#include "core/common/Result.h"

namespace ingot {

class PostgresConnection;

// Numbered schema migrations for PostgreSQL (postgres/migrations/NNNN_*.sql), versioned in the
// one-row table schema_version. They end at the same schema version as SQLite's, and a database from
// a newer program is refused untouched, as on SQLite. PostgreSQL runs DDL in transactions, so each
// script commits together with its version bump or not at all.
class PostgresMigrator final {
public:
    static int latestVersion();
    // 0 for an empty database; refused for a newer schema or a database with other tables.
    static Result<int> check(PostgresConnection& connection);
    static Status migrate(PostgresConnection& connection, int targetVersion = -1);
};

}  // namespace ingot
