#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// Customers, tiers, dispatch and scheduled service (docs/customers.md):
//   customer show CODE | customer override CODE (TIER | --clear) --reason TEXT
//   tiers rules [--set KEY=VALUE] | tiers recompute [--month YYYY-MM] [--dry-run]
//   ticket suggest NO
//   dispatch rules [--set KEY=VALUE] [--auto on|off] | dispatch duty LOGIN [--calendar NAME] [--capacity N]
//   dispatch rebalance [--now ISO] [--dry-run]
//   tasks generate --month YYYY-MM [--dry-run] | tasks list [--owner LOGIN] [--customer CODE] [--all]
//   tasks done ID [--note TEXT] [--cancel]
class CustomerCommands final {
public:
    static bool handles(const QString& command);
    static Status run(CliContext& ctx, const QString& command, CliArgs& args);
    static Status suggest(CliContext& ctx, CliArgs& args); // ticket suggest NO
    static QString usage();

private:
    static Status customer(CliContext& ctx, CliArgs& args);
    static Status tiers(CliContext& ctx, CliArgs& args);
    static Status dispatch(CliContext& ctx, CliArgs& args);
    static Status tasks(CliContext& ctx, CliArgs& args);
};

} // namespace ingot
