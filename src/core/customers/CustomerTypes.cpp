#include "core/customers/CustomerTypes.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
// For regions the Chinese name is the key; the English name is accepted as an alias.
struct RegionName {
    Region value;
    const char* chinese;
    const char* english;
};
constexpr std::array kRegions{
    RegionName{Region::East, "华东", QT_TRANSLATE_NOOP("Region", "East")},
    RegionName{Region::South, "华南", QT_TRANSLATE_NOOP("Region", "South")},
    RegionName{Region::North, "华北", QT_TRANSLATE_NOOP("Region", "North")},
    RegionName{Region::Central, "华中", QT_TRANSLATE_NOOP("Region", "Central")},
    RegionName{Region::Southwest, "西南", QT_TRANSLATE_NOOP("Region", "Southwest")},
    RegionName{Region::Northwest, "西北", QT_TRANSLATE_NOOP("Region", "Northwest")},
    RegionName{Region::Northeast, "东北", QT_TRANSLATE_NOOP("Region", "Northeast")},
};

using T = KeyedName<Tier>;
constexpr std::array kTiers{
    T{Tier::A, "A", "A", QT_TRANSLATE_NOOP("Tier", "A (24x7, dedicated team)")},
    T{Tier::B, "B", "B", QT_TRANSLATE_NOOP("Tier", "B (12x7)")},
    T{Tier::C, "C", "C", QT_TRANSLATE_NOOP("Tier", "C (8x5)")},
};

using L = KeyedName<TechnicianLevel>;
constexpr std::array kLevels{
    L{TechnicianLevel::Junior, "junior", "初级", QT_TRANSLATE_NOOP("TechnicianLevel", "Junior")},
    L{TechnicianLevel::Intermediate, "intermediate", "中级", QT_TRANSLATE_NOOP("TechnicianLevel", "Intermediate")},
    L{TechnicianLevel::Senior, "senior", "高级", QT_TRANSLATE_NOOP("TechnicianLevel", "Senior")},
};
}  // namespace

QString regionKey(Region v)
{
    for (const auto& r : kRegions)
        if (r.value == v)
            return QString::fromUtf8(r.chinese);
    return {};
}

std::optional<Region> parseRegion(const QString& text)
{
    const QString t = text.trimmed();
    for (const auto& r : kRegions)
        if (t == QString::fromUtf8(r.chinese) || t.compare(QLatin1String(r.english), Qt::CaseInsensitive) == 0)
            return r.value;
    return std::nullopt;
}

QString regionLabel(Region v)
{
    for (const auto& r : kRegions)
        if (r.value == v)
            return QCoreApplication::translate("Region", r.english);
    return {};
}

QList<Region> allRegions()
{
    QList<Region> out;
    for (const auto& r : kRegions)
        out << r.value;
    return out;
}

QString tierKey(Tier v) { return keyOf<Tier>(kTiers, v); }
std::optional<Tier> parseTier(const QString& t) { return parseKeyed<Tier>(kTiers, t); }
QString tierLabel(Tier v) { return labelOf(kTiers, "Tier", v); }
QList<Tier> allTiers() { return valuesOf<Tier>(kTiers); }

QString levelKey(TechnicianLevel v) { return keyOf<TechnicianLevel>(kLevels, v); }
std::optional<TechnicianLevel> parseLevel(const QString& t) { return parseKeyed<TechnicianLevel>(kLevels, t); }
QString levelLabel(TechnicianLevel v) { return labelOf(kLevels, "TechnicianLevel", v); }

}  // namespace ingot
