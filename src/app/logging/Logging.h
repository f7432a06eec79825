#pragma once

#include <QString>

namespace ingot {

// spdlog set-up: the desk logs to a rotating file in its data folder, the CLI to stderr (and the
// same file when it can), so a bug report can carry the log.
class Logging final {
public:
    enum class Target { DeskFile, CliStderr, Quiet };
    static void init(Target target);
    static QString logFilePath();
};

}  // namespace ingot
