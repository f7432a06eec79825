#pragma once

#include "app/customers/CustomerArchive.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Reads a customer's archive: a handful of indexed queries (customer, orders, tickets, surveys,
// tier history, open tasks), the rest computed in memory, so a customer with thousands of tickets
// opens at once.
class CustomerArchiveService final {
public:
    CustomerArchiveService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    Result<CustomerArchive> load(const QString& customerCode);

    // The health score's inputs from the archive's tickets, surveys and orders as of `asOf`.
    static HealthInputs healthInputs(const QList<CustomerTicketLine>& tickets, const QList<SurveyPoint>& surveys,
                                     const QList<Order>& orders, qint64 asOf);

private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
