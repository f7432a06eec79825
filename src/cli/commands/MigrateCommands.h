#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// migrate-to postgresql://USER@HOST[:PORT]/DB: copies the SQLite desk of --db into an empty
// PostgreSQL database and prints the verified row counts (docs/postgresql.md).
class MigrateCommands final {
public:
    static bool handles(const QString& command) { return command == QLatin1String("migrate-to"); }
    static QString usage();
    static Status run(CliContext& ctx, CliArgs& args);
};

}  // namespace ingot
