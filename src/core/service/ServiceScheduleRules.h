#pragma once

#include "core/customers/CustomerTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ingot {

// Advice sent before a season to customers of some regions or provinces, once a year on a date.
struct SeasonalAdviceRule {
    QString topic;         // winter_storage, rainy_season_humidity, or an admin's own key
    QList<Region> regions; // customers in any of these regions ...
    QStringList provinces; // ... or in any of these provinces (a prefix: 江苏 matches 江苏省)
    int month = 1;
    int day = 1;

    bool appliesTo(Region region, const QString& province) const;
    static QString topicLabel(const QString& topic); // translated for the two built-in topics
};

// When proactive service is due (seed §三(一)2 and the brief): data, defaults here.
struct ServiceScheduleRules {
    QList<Tier> followUpTiers{Tier::A}; // monthly follow-up visit
    int followUpDay = 10;               // ... due on this day of each month
    double inspectionVolumeT = 1000;    // quarterly on-site inspection above this annual volume
    QList<int> inspectionMonths{1, 4, 7, 10};
    int inspectionDay = 15;
    // North: winter storage (frost, condensation when moved into warm rooms) before November;
    // coast: humidity before the rainy season (south China from April, the plum rains in June).
    QList<SeasonalAdviceRule> seasonal = defaultSeasonal();

    static QList<SeasonalAdviceRule> defaultSeasonal();
};

} // namespace ingot
