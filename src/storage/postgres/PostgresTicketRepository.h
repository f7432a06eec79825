#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class PostgresConnection;

// Tickets on PostgreSQL: the statements of SqliteTicketRepository with PostgresDialect's differences.
// The queue's text filter is a plain substring match here (no index yet); SQLite has FTS5 for it.
class PostgresTicketRepository final : public TicketRepository {
public:
    explicit PostgresTicketRepository(PostgresConnection& connection) : m_c(connection) {}
    Result<QString> allocateNumber(int year) override;
    Status insert(Ticket& ticket) override;
    Status appendEvent(Ticket& ticket, TicketEvent& event, int expectedVersion) override;
    Status insertHistory(const Ticket& ticket, QList<TicketEvent>& events) override;
    Result<Ticket> findByNumber(const QString& number) override;
    Result<QList<TicketEvent>> events(qint64 ticketId) override;
    Result<QList<QueueRow>> page(const QueueFilter& filter, QueueSort sort, qint64 offset, int limit) override;
    Result<qint64> count(const QueueFilter& filter) override;
    Status forEach(const std::function<void(const Ticket&)>& visit) override;

private:
    Status storeState(Ticket& ticket, int expectedVersion);
    Error conflict(const Ticket& ticket);
    Status insertEvent(qint64 ticketId, TicketEvent& event, const QString& number);

    PostgresConnection& m_c;
    QString m_lastAllocated;  // the number allocateNumber() gave last: inserting it needs no counter bump
};

}  // namespace ingot
