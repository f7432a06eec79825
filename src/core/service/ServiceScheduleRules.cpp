#include "core/service/ServiceScheduleRules.h"

#include <QCoreApplication>

namespace ingot {

bool SeasonalAdviceRule::appliesTo(Region region, const QString& province) const
{
    if (regions.contains(region))
        return true;
    for (const QString& p : provinces)
        if (!p.isEmpty() && province.startsWith(p))
            return true;
    return false;
}

QString SeasonalAdviceRule::topicLabel(const QString& topic)
{
    if (topic == QLatin1String("winter_storage"))
        return QCoreApplication::translate("ServiceTask", "winter storage (keep ingots dry and off frozen ground)");
    if (topic == QLatin1String("rainy_season_humidity"))
        return QCoreApplication::translate("ServiceTask",
                                           "humidity before the rainy season (ventilated, covered storage)");
    return topic;
}

QList<SeasonalAdviceRule> ServiceScheduleRules::defaultSeasonal()
{
    SeasonalAdviceRule winter{
        QStringLiteral("winter_storage"), {Region::North, Region::Northeast, Region::Northwest}, {}, 10, 25};
    SeasonalAdviceRule humidity{
        QStringLiteral("rainy_season_humidity"),
        {},
        QString::fromUtf8("辽宁 河北 天津 山东 江苏 上海 浙江 福建 广东 广西 海南").split(QLatin1Char(' ')),
        4,
        1};
    return {winter, humidity};
}

} // namespace ingot
