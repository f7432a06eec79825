#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

class SqliteConnection;

class SqliteTicketRepository final : public TicketRepository {
public:
    explicit SqliteTicketRepository(SqliteConnection& connection) : m_c(connection) {}
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

    SqliteConnection& m_c;
};

}  // namespace ingot
