#include "cli/CliArgs.h"

#include <QCoreApplication>

namespace ingot {

std::optional<QString> CliArgs::option(const QString& name)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& w = m_words.at(i);
        if (w == name) {
            if (i + 1 >= m_words.size()) {
                m_missing = name;
                m_words.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_words.at(i + 1);
            m_words.remove(i, 2);
            return value;
        }
        if (w.startsWith(name + QLatin1Char('='))) {
            const QString value = w.mid(name.size() + 1);
            m_words.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CliArgs::flag(const QString& name)
{
    return m_words.removeAll(name) > 0;
}

std::optional<QString> CliArgs::positional()
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words.at(i) == QLatin1String("-") || !m_words.at(i).startsWith(QLatin1String("--"))) {
            return m_words.takeAt(i);
        }
    }
    return std::nullopt;
}

Status CliArgs::finish() const
{
    if (!m_missing.isEmpty())
        return Error::badInput(QCoreApplication::translate("Cli", "option %1 needs a value").arg(m_missing));
    if (!m_words.isEmpty())
        return Error::badInput(QCoreApplication::translate("Cli", "unexpected argument '%1'").arg(m_words.first()));
    return success();
}

}  // namespace ingot
