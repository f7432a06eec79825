#pragma once

#include "core/common/KeyedEnum.h"

#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// Sales regions of China as the contract names them (华东 ... 东北).
enum class Region { East, South, North, Central, Southwest, Northwest, Northeast };
enum class Tier { A, B, C };
enum class TechnicianLevel { Junior, Intermediate, Senior };  // 初级 / 中级 / 高级

QString regionKey(Region);  // the Chinese name: the key files and the database use
std::optional<Region> parseRegion(const QString&);  // Chinese or English name
QString regionLabel(Region);
QList<Region> allRegions();

QString tierKey(Tier);
std::optional<Tier> parseTier(const QString&);
QString tierLabel(Tier);
QList<Tier> allTiers();

QString levelKey(TechnicianLevel);
std::optional<TechnicianLevel> parseLevel(const QString&);
QString levelLabel(TechnicianLevel);

}  // namespace ingot
