#include "core/customers/TierAssessment.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace ingot {

namespace {
QString tons(double t)
{
    return QLocale::c().toString(t, 'f', t == static_cast<double>(static_cast<qint64>(t)) ? 0 : 1);
}
} // namespace

TierAssessment TierAssessment::assess(const TierRule& rule, const TierFacts& f)
{
    TierAssessment a;
    a.volumeBasisT = std::max(f.declaredVolumeT, f.recentVolumeT);
    a.tier = rule.tierFor(a.volumeBasisT, f.cooperationYears);

    if (f.recentVolumeT > f.declaredVolumeT)
        a.reasons << TierAssessment::tr(
                         "%1 t ordered in the last 12 months (%2 orders), more than the declared %3 t/year")
                         .arg(tons(f.recentVolumeT))
                         .arg(f.recentOrders)
                         .arg(tons(f.declaredVolumeT));
    else
        a.reasons << TierAssessment::tr("declared volume %1 t/year; %2 orders (%3 t) in the last 12 months")
                         .arg(tons(f.declaredVolumeT))
                         .arg(f.recentOrders)
                         .arg(tons(f.recentVolumeT));
    const QString v = tons(a.volumeBasisT);
    const int y = f.cooperationYears;
    switch (a.tier) {
    case Tier::A:
        if (a.volumeBasisT >= rule.aVolumeT)
            a.reasons << TierAssessment::tr("A: volume %1 t ≥ %2 t").arg(v, tons(rule.aVolumeT));
        else
            a.reasons << TierAssessment::tr("A: volume %1 t ≥ %2 t and %3 years of cooperation ≥ %4")
                             .arg(v, tons(rule.aVolumeWithYearsT))
                             .arg(y)
                             .arg(rule.aYears);
        break;
    case Tier::B:
        if (a.volumeBasisT >= rule.bVolumeT)
            a.reasons
                << TierAssessment::tr("B: volume %1 t ≥ %2 t, below the A thresholds").arg(v, tons(rule.bVolumeT));
        else
            a.reasons << TierAssessment::tr("B: %1 years of cooperation ≥ %2, volume %3 t below %4 t")
                             .arg(y)
                             .arg(rule.bYears)
                             .arg(v, tons(rule.bVolumeT));
        break;
    case Tier::C:
        a.reasons << TierAssessment::tr("C: volume %1 t below %2 t and %3 years of cooperation below %4")
                         .arg(v, tons(rule.bVolumeT))
                         .arg(y)
                         .arg(rule.bYears);
        break;
    }
    return a;
}

} // namespace ingot
