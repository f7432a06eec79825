#pragma once

#include "storage/sql/TicketInserts.h"
#include "storage/sqlite/bulk/SqliteIndexDeferral.h"
#include "storage/sqlite/bulk/SqliteNativeStatement.h"

#include <array>
#include <memory>

namespace ingot {

class SqliteConnection;

// The SQLite fast path of the ticket repository: the same statements as SqlTicketInserts on the
// native handle (no QVariant per value), events in multi-row inserts, and a bulk load's secondary
// indexes built once at its end (SqliteIndexDeferral). Seeding and imports write millions of rows
// through here; interactive creation takes the same path.
class SqliteTicketInserts final : public TicketInserts {
public:
    explicit SqliteTicketInserts(SqliteConnection& connection) : m_c(connection), m_deferredIndexes(connection) {}
    Result<qint64> nextNumber(int year) override;
    Result<qint64> insertTicket(const Ticket& ticket, const Clocks& clocks) override;
    Status insertEvents(const Ticket& ticket, QList<TicketEvent>& events) override;
    Status beginBulk() override;
    Status endBulk() override;

private:
    SqliteConnection& m_c;
    SqliteIndexDeferral m_deferredIndexes;
    std::unique_ptr<SqliteNativeStatement> m_nextNumber;
    std::unique_ptr<SqliteNativeStatement> m_insertTicket;
    // Multi-row inserts of 1..16 events; seeding writes millions of events.
    std::array<std::unique_ptr<SqliteNativeStatement>, 16> m_insertEvents;
};

}  // namespace ingot
