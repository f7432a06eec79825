#pragma once

#include "core/repositories/Repositories.h"
#include "storage/sql/TicketInserts.h"
#include "storage/sql/TicketSearch.h"

#include <memory>

namespace ingot {

class SqlConnection;

// Tickets, their history and the queue on either backend. What differs is given by the store: the
// text search (FTS5 on SQLite) and how the hot rows are inserted (native statements on SQLite).
class SqlTicketRepository final : public TicketRepository {
public:
    SqlTicketRepository(SqlConnection& connection, std::unique_ptr<TicketSearch> search,
                        std::unique_ptr<TicketInserts> inserts);
    ~SqlTicketRepository() override;

    Result<QString> allocateNumber(int year) override;
    Status insert(Ticket& ticket) override;
    Result<bool> insertWithClocks(Ticket& ticket, qint64 slaPolicyId, std::optional<qint64> nextDueAt,
                                  std::optional<qint64> nextAtRiskAt) override;
    Status appendEvent(Ticket& ticket, TicketEvent& event, int expectedVersion) override;
    Status insertHistory(const Ticket& ticket, QList<TicketEvent>& events) override;
    Result<Ticket> findByNumber(const QString& number) override;
    Result<QList<TicketEvent>> events(qint64 ticketId) override;
    Result<QList<QueueRow>> page(const QueueFilter& filter, QueueSort sort, qint64 offset, int limit) override;
    Result<qint64> count(const QueueFilter& filter) override;
    Status forEach(const std::function<void(const Ticket&)>& visit) override;
    Status beginBulkInsert() override;
    Status endBulkInsert() override;

private:
    struct Where;
    Where whereFor(const QueueFilter& filter, bool walkSortIndex = false) const;
    Status insertRow(Ticket& ticket, const TicketInserts::Clocks& clocks);
    Status storeState(Ticket& ticket, int expectedVersion);
    Error conflict(const Ticket& ticket);

    SqlConnection& m_c;
    std::unique_ptr<TicketSearch> m_search;
    std::unique_ptr<TicketInserts> m_inserts;
    QString m_lastAllocated;  // the number allocateNumber() gave last: inserting it needs no counter bump
};

}  // namespace ingot
