#pragma once

#include "core/common/Result.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketEvent.h"

#include <QList>
#include <optional>

namespace ingot {

// The rows the ticket repository writes most, behind one interface: the year's counter, the ticket
// row and history rows. SqlTicketInserts writes them with Qt's prepared statements on any backend;
// SqliteTicketInserts with SQLite's native statements, the fast path of seeding and imports.
class TicketInserts {
public:
    // The SLA clocks stored with a new ticket by a bulk load that evaluated them beforehand.
    struct Clocks {
        std::optional<qint64> policyId;  // none: the clock columns stay NULL, as before any evaluation
        std::optional<qint64> nextDueAt;
        std::optional<qint64> nextAtRiskAt;
    };

    virtual ~TicketInserts() = default;
    // Moves the year's counter on and gives its new value.
    virtual Result<qint64> nextNumber(int year) = 0;
    // Inserts the ticket (number, customer code, state ... set) at version 1; gives its id.
    virtual Result<qint64> insertTicket(const Ticket& ticket, const Clocks& clocks) = 0;
    // Inserts history entries of the ticket in order and sets their ids.
    virtual Status insertEvents(const Ticket& ticket, QList<TicketEvent>& events) = 0;
    // Around many inserts in one write transaction (TicketRepository::beginBulkInsert): work a bulk
    // path saves by doing it once, such as building indexes after the rows.
    virtual Status beginBulk() { return success(); }
    virtual Status endBulk() { return success(); }

    // The statements both implementations run, so that they cannot drift apart.
    static QString nextNumberSql();
    static QString insertTicketSql();
    static QString insertEventsSql(qsizetype rows);
};

}  // namespace ingot
