#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// init, seed, import, export.
class DataCommands final {
public:
    static Status init(CliContext& ctx, CliArgs& args);
    static Status seed(CliContext& ctx, CliArgs& args);
    static Status importFile(CliContext& ctx, CliArgs& args);
    static Status exportFile(CliContext& ctx, CliArgs& args);
};

}  // namespace ingot
