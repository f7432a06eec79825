#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// user add LOGIN --name N --role R | user list | user role LOGIN R | user passwd LOGIN |
// user unlock LOGIN | user disable LOGIN | user enable LOGIN
class UserCommands final {
public:
    static Status run(CliContext& ctx, CliArgs& args);
    static QString usage();
};

}  // namespace ingot
