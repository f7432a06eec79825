#pragma once

#include "app/tickets/TicketService.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"

#include <QString>
#include <memory>

namespace ingot {

// What one running desk works with: the window's own store (GUI thread), the services on top of it,
// the database path (background loaders open their own connections to it) and the agent's name.
class DeskSession final {
public:
    DeskSession(std::unique_ptr<Store> store, QString dbPath, QString agent);
    ~DeskSession();
    DeskSession(const DeskSession&) = delete;
    DeskSession& operator=(const DeskSession&) = delete;

    Store& store() { return *m_store; }
    TicketService& tickets() { return m_tickets; }
    const Clock& clock() const { return m_clock; }
    const QString& dbPath() const { return m_dbPath; }
    const QString& agent() const { return m_agent; }
    // The signed-in user's name (the store's actor is the user itself), and the Account menu's
    // "Sign out": the window closes and the desk asks for a login again.
    const QString& displayName() const { return m_displayName; }
    void setDisplayName(const QString& name) { m_displayName = name; }
    void requestSignOut() { m_signOut = true; }
    bool signOutRequested() const { return m_signOut; }

    // The OS user until desks have logins.
    static QString systemAgent();

private:
    std::unique_ptr<Store> m_store;
    SystemClock m_clock;
    TicketService m_tickets;
    QString m_dbPath;
    QString m_agent;
    QString m_displayName;
    bool m_signOut = false;
};

}  // namespace ingot
