#pragma once

#include "app/tickets/TicketService.h"
#include "core/common/Clock.h"
#include "storage/sqlite/SqliteStore.h"

#include <QTemporaryDir>
#include <memory>

namespace ingot::test {

// A fresh database built by the real migrations in a temporary folder, plus settings kept in that
// folder too, so that drafts and window layouts of one test never reach another.
class GuiTestDatabase {
public:
    GuiTestDatabase();

    QString path() const { return m_path; }
    Store& store() { return *m_store; }
    TicketService& service() { return *m_service; }
    const Clock& clock() const { return m_clock; }

    // Customers C001.. with an order each, and technicians tech1..techN.
    void addCustomers(int count);
    void addTechnicians(int count);
    // `count` tickets in one transaction, reported over the last days; priority and title cycle so
    // that filters have something to find. Returns the numbers.
    QStringList addTickets(int count);
    // One ticket through the service (state Reported), returned as stored.
    Ticket createTicket(const QString& customerCode, const QString& title, Priority priority = Priority::P3);

    static Priority priorityOf(int i) { return allPriorities().at(i % 4); }
    static QString titleOf(int i);

private:
    QTemporaryDir m_dir;
    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<TicketService> m_service;
};

// Settings of the code under test go to `dir`, not to the user's real configuration.
void isolateSettings(const QString& dir);

}  // namespace ingot::test
