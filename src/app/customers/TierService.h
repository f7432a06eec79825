#pragma once

#include "app/customers/LocalMonth.h"
#include "core/common/Clock.h"
#include "core/customers/TierAssessment.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Customer tiers A/B/C (sla-kpi-spec.md, Tiers): the thresholds as settings an admin edits, the
// monthly recomputation that says who moved and why, and overrides with a reason. Every change of
// a customer's tier is an event in its tier history. New tickets take the customer's tier, so a
// change here sets the calendar and SLA policy of the next ticket, never of the ones already open.
class TierService final {
public:
    TierService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    Result<TierRule> rule();
    // "a_volume_t", "a_volume_with_years_t", "a_years", "b_volume_t", "b_years".
    Status setRule(const QString& key, const QString& value);
    static QStringList ruleKeys();

    // What the rule says of one customer, given its orders of the 12 months before the assessment.
    static TierAssessment assess(const TierRule& rule, const Customer& customer, const OrderTotals& recent);
    // Orders ordered (or, without an order date, delivered) in [from, to), summed.
    static OrderTotals totalsIn(const QList<Order>& orders, qint64 from, qint64 to);

    struct Change {
        QString code;
        QString name;
        Tier from = Tier::C;
        Tier to = Tier::C;
        Tier computed = Tier::C;
        QStringList reasons;
    };
    struct Recompute {
        QString month;
        qint64 asOf = 0; // the first instant after the month, or now if that is earlier
        bool dryRun = false;
        int customers = 0;
        QList<Change> moved; // effective tier changed
        QList<Change> held;  // the rule says otherwise, an override keeps the tier
    };
    // Recomputes every customer as of the end of `month`; a dry run writes nothing. Moves are
    // recorded in one transaction.
    Result<Recompute> recompute(const LocalMonth& month, bool dryRun, const QString& actor);

    // Sets (tier) or clears (none) a customer's override; the reason is required and kept.
    Result<Customer> override(const QString& code, std::optional<Tier> tier, const QString& reason,
                              const QString& actor);

    Result<QList<TierEvent>> history(const QString& code);

private:
    Result<Customer> customer(const QString& code);

    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
