#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH] (cli-contract.md).
class ReportCommands final {
public:
    static Status run(CliContext& ctx, CliArgs& args);
    static QString usage();

private:
    static Status kpi(CliContext& ctx, CliArgs& args);
};

} // namespace ingot
