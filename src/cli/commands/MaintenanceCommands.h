#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// The database's own care (docs/reliability.md):
//   backup PATH [--force]        online copy while desks keep working
//   restore PATH                 checks PATH, keeps a copy of the current file, swaps in one transaction
//   check [--format text|json]   integrity, references, schema version, audit chain; exit 3 on any failure
class MaintenanceCommands final {
public:
    static bool handles(const QString& command);
    static Status run(CliContext& ctx, const QString& command, CliArgs& args);
    static QString usage();

private:
    static Status backup(CliContext& ctx, CliArgs& args);
    static Status restore(CliContext& ctx, CliArgs& args);
    static Status check(CliContext& ctx, CliArgs& args);
};

}  // namespace ingot
