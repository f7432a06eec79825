#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace ingot {

// Reads a secret from the controlling terminal without echo. Not interactive (stdin is not a
// terminal: cron, a pipe, a test): nullopt, and the caller refuses rather than waits.
using SecretPrompt = std::function<std::optional<QString>(const QString& prompt)>;

class TerminalPrompt final {
public:
    static std::optional<QString> readSecret(const QString& prompt);
};

}  // namespace ingot
