#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// sla due | elapsed | sweep | policy list|set | compensation approve|reject (cli-contract.md).
class SlaCommands final {
public:
    static Status run(CliContext& ctx, CliArgs& args);

private:
    static Status due(CliContext& ctx, CliArgs& args);
    static Status elapsed(CliContext& ctx, CliArgs& args);
    static Status sweep(CliContext& ctx, CliArgs& args);
    static Status policy(CliContext& ctx, CliArgs& args);
    static Status compensation(CliContext& ctx, CliArgs& args);
};

} // namespace ingot
