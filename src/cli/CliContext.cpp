#include "cli/CliContext.h"

#include <QFileInfo>
#include <QDir>

namespace ingot {

CliContext::CliContext(QString dbPath, const Clock& clock, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_clock(clock), m_out(out), m_err(err)
{
}

QString CliContext::actor() const
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

Result<Store*> CliContext::store(bool create)
{
    if (!m_store) {
        if (create)
            QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
        auto opened = SqliteStore::open(m_dbPath, SqliteStore::Options{create, true, false});
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
    }
    return static_cast<Store*>(m_store.get());
}

}  // namespace ingot
