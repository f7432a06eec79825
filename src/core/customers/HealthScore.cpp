#include "core/customers/HealthScore.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ingot {

namespace {
QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QString percent(int part, int whole)
{
    return number(100.0 * part / whole, 1) + QLatin1Char('%');
}
} // namespace

HealthScore HealthScore::compute(const HealthInputs& in)
{
    HealthScore h;

    Part satisfaction{QStringLiteral("satisfaction"), 30, 40, {}};
    if (in.surveys > 0) {
        satisfaction.points = 40.0 * (std::clamp(in.averageScore, 1.0, 5.0) - 1.0) / 4.0;
        satisfaction.reason =
            HealthScore::tr("satisfaction %1/5 over %n survey(s)", nullptr, in.surveys).arg(number(in.averageScore, 2));
    } else {
        satisfaction.reason = HealthScore::tr("no survey in the last 12 months (counted as neutral)");
    }

    Part breaches{QStringLiteral("breaches"), 25, 25, {}};
    if (in.tickets > 0) {
        const double share = static_cast<double>(in.breachedTickets) / in.tickets;
        breaches.points = 25.0 * (1.0 - std::min(1.0, share / 0.25));
        breaches.reason = HealthScore::tr("%1 of %2 tickets breached an SLA target (%3)")
                              .arg(in.breachedTickets)
                              .arg(in.tickets)
                              .arg(percent(in.breachedTickets, in.tickets));
    } else {
        breaches.reason = HealthScore::tr("no ticket in the last 12 months");
    }

    Part reopen{QStringLiteral("reopen"), 15, 15, {}};
    if (in.resolvedTickets > 0) {
        const double share = static_cast<double>(in.reopenedTickets) / in.resolvedTickets;
        reopen.points = 15.0 * (1.0 - std::min(1.0, share / 0.20));
        reopen.reason = HealthScore::tr("%1 of %2 resolved tickets reopened (%3)")
                            .arg(in.reopenedTickets)
                            .arg(in.resolvedTickets)
                            .arg(percent(in.reopenedTickets, in.resolvedTickets));
    } else {
        reopen.reason = HealthScore::tr("nothing resolved in the last 12 months");
    }

    Part trend{QStringLiteral("volume_trend"), 20, 20, {}};
    if (in.previousVolumeT > 0) {
        const double ratio = in.recentVolumeT / in.previousVolumeT;
        trend.points = 20.0 * std::clamp((ratio - 0.5) / 0.5, 0.0, 1.0);
        trend.reason =
            HealthScore::tr("ordered %1 t in the last 6 months against %2 t before (%3%)")
                .arg(number(in.recentVolumeT, 0), number(in.previousVolumeT, 0),
                     number((ratio - 1.0) * 100.0, 0).prepend(ratio >= 1.0 ? QStringLiteral("+") : QString()));
    } else if (in.recentVolumeT > 0) {
        trend.reason =
            HealthScore::tr("new orders: %1 t in the last 6 months, none before").arg(number(in.recentVolumeT, 0));
    } else {
        trend.points = 10;
        trend.reason = HealthScore::tr("no orders in the last 12 months");
    }

    h.parts = {satisfaction, breaches, reopen, trend};
    double total = 0;
    for (const Part& p : h.parts)
        total += p.points;
    h.score = static_cast<int>(std::lround(total));
    h.band = h.score >= 80 ? Band::Good : h.score >= 60 ? Band::Watch : Band::AtRisk;
    return h;
}

QString HealthScore::bandKey(Band band)
{
    switch (band) {
    case Band::Good:
        return QStringLiteral("good");
    case Band::Watch:
        return QStringLiteral("watch");
    case Band::AtRisk:
        break;
    }
    return QStringLiteral("at_risk");
}

QString HealthScore::bandLabel(Band band)
{
    switch (band) {
    case Band::Good:
        return HealthScore::tr("good");
    case Band::Watch:
        return HealthScore::tr("watch");
    case Band::AtRisk:
        break;
    }
    return HealthScore::tr("at risk");
}

} // namespace ingot
