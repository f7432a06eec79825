#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// What the health score of one customer is computed from: the last 12 months of its tickets and
// the last 12 months of its orders, split in two halves for the trend.
struct HealthInputs {
    int surveys = 0;
    double averageScore = 0;    // 1-5, over `surveys`
    int tickets = 0;            // reported in the window
    int breachedTickets = 0;    // of those, with an SLA clock over its target
    int resolvedTickets = 0;    // resolved at least once
    int reopenedTickets = 0;    // of those, reopened at least once
    double recentVolumeT = 0;   // ordered in the last 6 months
    double previousVolumeT = 0; // ordered in the 6 months before
};

// A 0-100 health score (docs/customers.md, Health score): four parts, each with its points and the
// reason in words, so that the agent can say *why* an account is at risk.
//   satisfaction 40 = 40 × (average − 1) / 4; no survey: 30
//   breaches     25 = 25 × (1 − min(1, breach share / 25%)); no ticket: 25
//   reopen rate  15 = 15 × (1 − min(1, reopen share / 20%)); nothing resolved: 15
//   volume trend 20 = 20 × clamp((recent / previous − 0.5) / 0.5, 0, 1); no previous orders: 20
//                     when there are recent ones, 10 when there are none at all
// Bands: ≥ 80 good, 60-79 watch, < 60 at risk.
struct HealthScore {
    enum class Band { Good, Watch, AtRisk };
    struct Part {
        QString key; // satisfaction, breaches, reopen, volume_trend
        double points = 0;
        int maximum = 0;
        QString reason;
    };

    int score = 0;
    Band band = Band::Good;
    QList<Part> parts;

    static HealthScore compute(const HealthInputs& inputs);
    static QString bandKey(Band band);   // good, watch, at_risk
    static QString bandLabel(Band band); // translated

    Q_DECLARE_TR_FUNCTIONS(ingot::HealthScore)
};

} // namespace ingot
