#pragma once

#include "app/security/PasswordHasher.h"
#include "cli/TerminalPrompt.h"
#include "core/common/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace ingot {

// Parses `ingotdesk-cli [--db PATH] COMMAND ...`, runs the command and maps its result to the
// contract's exit codes: 0 done, 1 internal error, 2 bad input or usage, 3 refused by state.
class CliRunner final {
public:
    CliRunner(const Clock& clock, QTextStream& out, QTextStream& err);
    int run(QStringList arguments);  // without the program name

    static QString defaultDatabasePath();
    // Tests: a cheap hash cost and a prompt that is not the real terminal.
    void setPasswordCost(const PasswordHasher::Cost& cost) { m_cost = cost; }
    void setPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }

private:
    int fail(const QString& message, int code);
    void usage();

    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
    PasswordHasher::Cost m_cost = PasswordHasher::standard();
    SecretPrompt m_prompt = &TerminalPrompt::readSecret;
};

}  // namespace ingot
