#pragma once

#include "app/sla/TicketClocks.h"
#include "core/repositories/Repositories.h"

#include <QHash>
#include <functional>
#include <random>

namespace ingot {

// Deterministic, realistic demo data: customers across China's regions with orders and batches,
// technicians in regional teams, and tickets whose histories run the whole loop (with waits,
// reopenings, cancellations, surveys and late responses). The same options give the same data.
class DemoSeeder final {
public:
    struct Options {
        int customers = -1;  // -1: one per 50 tickets, at least 50 and at most 20,000
        qint64 tickets = 2000;
        quint64 seed = 1;
        qint64 from = 0;  // UTC epoch seconds; tickets are reported in [from, to)
        qint64 to = 0;
    };
    struct Summary {
        int customers = 0;
        int technicians = 0;
        int orders = 0;
        qint64 tickets = 0;
        qint64 events = 0;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoSeeder(Store& store) : m_store(store) {}
    Result<Summary> run(const Options& options, const Progress& progress = {});

private:
    Status seedTechnicians(Summary& summary);
    Status seedCustomers(int count, const Options& options, Summary& summary);
    Status seedTickets(const Options& options, Summary& summary, const Progress& progress);
    QList<TicketEvent> lifecycle(Ticket& ticket, qint64 limit);
    // One ticket with its whole history, not yet numbered or stored. Every draw from the random
    // generator happens here, in ticket order, so the data does not depend on the threads.
    struct Draft {
        Ticket ticket;
        QList<TicketEvent> history;
        TicketClocks clocks;
    };
    Draft draftTicket(qint64 reportedAt, qint64 windowEnd, int categoryTotal);

    template <class T>
    const T& pick(std::span<const T> items);
    QString personName();
    double uniform();

    Store& m_store;
    std::mt19937_64 m_rng;
    QList<Customer> m_customers;
    QList<QList<QString>> m_ordersByCustomer;  // order numbers per customer index
    QList<QString> m_batchByOrder;
    QHash<QString, QString> m_orderBatch;
    QList<Technician> m_technicians;
};

}  // namespace ingot
