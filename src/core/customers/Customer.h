#pragma once

#include "core/customers/CustomerTypes.h"

#include <QString>
#include <optional>

namespace ingot {

struct Customer {
    qint64 id = 0;
    QString code;
    QString name;
    Region region = Region::East;
    QString province;
    QString city;
    QString industry;
    double annualVolumeT = 0;
    int cooperationYears = 0;
    std::optional<Tier> tierOverride;  // an admin's manual tier, if any
    Tier tier = Tier::C;               // the effective tier
    QString contactName;
    QString phone;
    QString email;
};

}  // namespace ingot
