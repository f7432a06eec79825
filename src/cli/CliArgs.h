#pragma once

#include "core/common/Result.h"

#include <QStringList>
#include <optional>

namespace ingot {

// The words after a command: options taken by name, the rest positional. Whatever is left
// unconsumed at the end is a usage error, so a typo never passes silently.
class CliArgs final {
public:
    explicit CliArgs(QStringList words) : m_words(std::move(words)) {}

    std::optional<QString> option(const QString& name);  // "--out PATH" or "--out=PATH"
    bool flag(const QString& name);                      // "--dry-run"
    std::optional<QString> positional();                 // the next word that is not an option
    Status finish() const;                               // refuses leftovers
    bool missingValue() const { return !m_missing.isEmpty(); }

private:
    QStringList m_words;
    QString m_missing;
};

}  // namespace ingot
