#pragma once

#include "core/repositories/Repositories.h"
#include "storage/sqlite/bulk/SqliteIndexDeferral.h"
#include "storage/sqlite/bulk/SqliteNativeStatement.h"
#include "storage/sqlite/search/SqliteSearch.h"

#include <array>

namespace ingot {

class SqliteConnection;

class SqliteTicketRepository final : public TicketRepository {
public:
    explicit SqliteTicketRepository(SqliteConnection& connection)
        : m_c(connection), m_search(connection), m_deferredIndexes(connection)
    {
    }
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
    Status insertRow(Ticket& ticket, std::optional<qint64> slaPolicyId, std::optional<qint64> nextDueAt,
                     std::optional<qint64> nextAtRiskAt);
    Status storeState(Ticket& ticket, int expectedVersion);
    Error conflict(const Ticket& ticket);
    Status insertEvent(qint64 ticketId, TicketEvent& event, const QString& number);

    SqliteConnection& m_c;
    SqliteSearch m_search;
    SqliteIndexDeferral m_deferredIndexes;
    std::unique_ptr<SqliteNativeStatement> m_allocateNumber;
    std::unique_ptr<SqliteNativeStatement> m_insertTicket;
    // Multi-row inserts of 1..16 events; seeding writes millions of events.
    std::array<std::unique_ptr<SqliteNativeStatement>, 16> m_insertHistory;
    QString m_lastAllocated;  // the number allocateNumber() gave last: inserting it needs no counter bump
};

}  // namespace ingot
