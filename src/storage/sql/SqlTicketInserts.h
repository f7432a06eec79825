#pragma once

#include "storage/sql/TicketInserts.h"

namespace ingot {

class SqlConnection;

// Ticket rows through Qt's prepared statements, on any backend: a ticket a statement, its history
// entries together; new ids from RETURNING id.
class SqlTicketInserts final : public TicketInserts {
public:
    explicit SqlTicketInserts(SqlConnection& connection) : m_c(connection) {}
    Result<qint64> nextNumber(int year) override;
    Result<qint64> insertTicket(const Ticket& ticket, const Clocks& clocks) override;
    Status insertEvents(const Ticket& ticket, QList<TicketEvent>& events) override;

private:
    SqlConnection& m_c;
};

}  // namespace ingot
