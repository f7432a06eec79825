#include "app/customers/CustomerArchiveService.h"

#include "app/customers/LocalMonth.h"
#include "app/customers/TierService.h"

#include <QHash>
#include <algorithm>

namespace ingot {

HealthInputs CustomerArchiveService::healthInputs(const QList<CustomerTicketLine>& tickets,
                                                  const QList<SurveyPoint>& surveys, const QList<Order>& orders,
                                                  qint64 asOf)
{
    HealthInputs in;
    const qint64 yearAgo = addLocalMonths(asOf, -12);
    const qint64 halfYearAgo = addLocalMonths(asOf, -6);
    for (const CustomerTicketLine& t : tickets) {
        if (t.reportedAt < yearAgo || t.reportedAt >= asOf || t.stage == Stage::Cancelled)
            continue;
        ++in.tickets;
        if (t.breached)
            ++in.breachedTickets;
        if (t.resolvedAt) {
            ++in.resolvedTickets;
            if (t.reopenCount > 0)
                ++in.reopenedTickets;
        }
    }
    double sum = 0;
    for (const SurveyPoint& s : surveys)
        if (s.at >= yearAgo && s.at < asOf) {
            ++in.surveys;
            sum += s.score;
        }
    in.averageScore = in.surveys > 0 ? sum / in.surveys : 0;
    in.recentVolumeT = TierService::totalsIn(orders, halfYearAgo, asOf).tons;
    in.previousVolumeT = TierService::totalsIn(orders, yearAgo, halfYearAgo).tons;
    return in;
}

Result<CustomerArchive> CustomerArchiveService::load(const QString& code)
{
    CustomerArchive a;
    a.asOf = m_clock.now();
    auto customer = m_store.customers().findByCode(code.trimmed());
    if (!customer)
        return customer.error().kind == Error::Kind::NotFound ? Error::badInput(customer.error().message)
                                                              : customer.error();
    a.customer = *customer;
    CustomerRepositories& records = m_store.customerRecords();

    auto orders = m_store.orders().forCustomer(a.customer.code);
    if (!orders)
        return orders.error();
    a.orders = *orders;
    std::sort(a.orders.begin(), a.orders.end(), [](const Order& x, const Order& y) {
        return x.orderedAt.value_or(x.deliveredAt.value_or(0)) > y.orderedAt.value_or(y.deliveredAt.value_or(0));
    });
    auto tickets = records.archive().tickets(a.customer.code);
    if (!tickets)
        return tickets.error();
    a.tickets = *tickets;
    auto surveys = records.archive().surveys(a.customer.code);
    if (!surveys)
        return surveys.error();
    a.surveys = *surveys;
    auto history = records.tierHistory().forCustomer(a.customer.code);
    if (!history)
        return history.error();
    a.tierHistory = *history;
    ServiceTaskQuery open;
    open.customerCode = a.customer.code;
    auto tasks = records.tasks().list(open);
    if (!tasks)
        return tasks.error();
    a.openTasks = *tasks;

    TierService tiers(m_store, m_clock);
    auto rule = tiers.rule();
    if (!rule)
        return rule.error();
    a.assessment =
        TierService::assess(*rule, a.customer, TierService::totalsIn(a.orders, addLocalMonths(a.asOf, -12), a.asOf));
    a.healthInputs = healthInputs(a.tickets, a.surveys, a.orders, a.asOf);
    a.health = HealthScore::compute(a.healthInputs);

    // Satisfaction per month over the last 12 months, months without answers kept as gaps.
    const LocalMonth current = LocalMonth::containing(a.asOf);
    QHash<QString, std::pair<int, int>> byMonth; // month -> (answers, sum)
    for (const SurveyPoint& s : std::as_const(a.surveys)) {
        auto& [n, sum] = byMonth[LocalMonth::containing(s.at).key()];
        ++n;
        sum += s.score;
    }
    for (int back = 11; back >= 0; --back) {
        const QString key = current.plusMonths(-back).key();
        const auto [n, sum] = byMonth.value(key);
        a.satisfaction << CustomerArchive::MonthScore{key, n, n > 0 ? static_cast<double>(sum) / n : 0.0};
    }

    CustomerArchive::Totals& t = a.totals;
    t.tickets = static_cast<int>(a.tickets.size());
    for (const CustomerTicketLine& line : std::as_const(a.tickets)) {
        t.open += isOpen(line.stage) ? 1 : 0;
        t.breached += line.breached ? 1 : 0;
        t.reopened += line.reopenCount > 0 ? 1 : 0;
    }
    double sum = 0;
    for (const SurveyPoint& s : std::as_const(a.surveys))
        sum += s.score;
    t.surveys = static_cast<int>(a.surveys.size());
    t.averageScore = t.surveys > 0 ? sum / t.surveys : 0;
    t.orders = static_cast<int>(a.orders.size());
    for (const Order& o : std::as_const(a.orders)) {
        t.tons += o.quantityT;
        t.valueFen += o.valueFen;
    }
    return a;
}

} // namespace ingot
