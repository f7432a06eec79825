#pragma once

#include "cli/CliArgs.h"
#include "cli/CliContext.h"

namespace ingot {

// The quality loop from scripts, JSON on stdout:
//   kb search TEXT [--lang zh|en] [--limit N]      kb show CODE [--lang zh|en]
//   kb solved TICKET_NO CODE
//   survey record NO SCORE [--comment C] [--at ISO]   survey import FILE [--dry-run]
//   survey unanswered [--limit N]                    survey followups [--all]
//   recurring detect [--now ISO] [--propose]
//   improvement list [--all] | show NO | step NO start|verify|reopen|close [--note TEXT]
//   batch trace BATCH_NO | batch ticket TICKET_NO
//   assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PCT ...
//   keywords --month YYYY-MM [--limit N]
class QualityCommands final {
public:
    static bool handles(const QString& command);
    static Status run(CliContext& ctx, const QString& command, CliArgs& args);
    static QString usage(); // the lines for the program's usage text

    static Status kb(CliContext& ctx, CliArgs& args);
    static Status survey(CliContext& ctx, CliArgs& args);
    static Status recurring(CliContext& ctx, CliArgs& args);
    static Status improvement(CliContext& ctx, CliArgs& args);
    static Status batch(CliContext& ctx, CliArgs& args);
    static Status assay(CliContext& ctx, CliArgs& args);
    static Status keywords(CliContext& ctx, CliArgs& args);
};

} // namespace ingot
