#include "gui/main/DeskSession.h"

namespace ingot {

DeskSession::DeskSession(std::unique_ptr<Store> store, QString dbPath, QString agent)
    : m_store(std::move(store)), m_tickets(*m_store, m_clock), m_dbPath(std::move(dbPath)), m_agent(std::move(agent))
{
}

DeskSession::~DeskSession() = default;

QString DeskSession::systemAgent()
{
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = QString::fromLocal8Bit(qgetenv(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("agent");
}

}  // namespace ingot
