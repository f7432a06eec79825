#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// ticket show NO, ticket act NO ACTION [--value V] [--note N]
class TicketCommands final {
public:
    static Status run(CliContext& ctx, CliArgs& args);

private:
    static Status show(CliContext& ctx, CliArgs& args);
    static Status act(CliContext& ctx, CliArgs& args);
};

}  // namespace ingot
