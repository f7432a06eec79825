#include "core/dispatch/DispatchRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ingot {

namespace {
// The integer weights, by key; one table keeps toJson, fromJson and set in step.
struct PointsField {
    const char* key;
    int DispatchRules::*member;
};
constexpr std::array kPoints{
    PointsField{"dedicated_team_points", &DispatchRules::dedicatedTeamPoints},
    PointsField{"reserved_team_points", &DispatchRules::reservedTeamPoints},
    PointsField{"skill_points", &DispatchRules::skillPoints},
    PointsField{"region_points", &DispatchRules::regionPoints},
    PointsField{"per_open_ticket_points", &DispatchRules::perOpenTicketPoints},
    PointsField{"over_capacity_points", &DispatchRules::overCapacityPoints},
    PointsField{"off_duty_points", &DispatchRules::offDutyPoints},
};
constexpr int kMaxPoints = 100000;

const QString kTiers = QStringLiteral("dedicated_tiers");
const QString kTeam = QStringLiteral("dedicated_team");
const QString kLevels = QStringLiteral("minimum_level");
const QString kCapacity = QStringLiteral("default_capacity");
const QString kSuggestions = QStringLiteral("suggestions");

Result<int> intValue(const QJsonValue& v, const QString& key, int low, int high)
{
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()) || v.toInt() < low || v.toInt() > high)
        return Error::badInput(DispatchRules::tr("must be a whole number from %1 to %2").arg(low).arg(high), key);
    return v.toInt();
}
} // namespace

TechnicianLevel DispatchRules::minimumLevelFor(Priority priority) const
{
    return minimumLevel[static_cast<std::size_t>(priority)];
}

QJsonObject DispatchRules::toJson() const
{
    QJsonObject o;
    QJsonArray tiers;
    for (Tier t : dedicatedTiers)
        tiers << tierKey(t);
    o.insert(kTiers, tiers);
    o.insert(kTeam, dedicatedTeam);
    for (const PointsField& f : kPoints)
        o.insert(QLatin1String(f.key), this->*f.member);
    QJsonObject levels;
    for (Priority p : allPriorities())
        levels.insert(priorityKey(p), levelKey(minimumLevelFor(p)));
    o.insert(kLevels, levels);
    o.insert(kCapacity, defaultCapacity);
    o.insert(kSuggestions, suggestions);
    return o;
}

Result<DispatchRules> DispatchRules::fromJson(const QJsonObject& json)
{
    DispatchRules r;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == kTiers) {
            QJsonArray list = v.isString() ? QJsonArray{v} : v.toArray();
            if (!v.isArray() && !v.isString())
                return Error::badInput(DispatchRules::tr("must be a list of tiers such as [\"A\"]"), key);
            r.dedicatedTiers.clear();
            for (const QJsonValue& item : list)
                for (const QString& word : item.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const auto tier = parseTier(word);
                    if (!tier)
                        return Error::badInput(DispatchRules::tr("'%1' is not a tier (A, B or C)").arg(word), key);
                    if (!r.dedicatedTiers.contains(*tier))
                        r.dedicatedTiers << *tier;
                }
        } else if (key == kTeam) {
            if (!v.isString())
                return Error::badInput(DispatchRules::tr("must be a team name"), key);
            r.dedicatedTeam = v.toString().trimmed();
        } else if (key == kLevels) {
            if (!v.isObject())
                return Error::badInput(
                    DispatchRules::tr("must map priorities to levels, e.g. {\"P1\": \"intermediate\"}"), key);
            const QJsonObject levels = v.toObject();
            for (auto l = levels.begin(); l != levels.end(); ++l) {
                const auto priority = parsePriority(l.key());
                const auto level = parseLevel(l.value().toString());
                const QString where = key + QLatin1Char('.') + l.key();
                if (!priority)
                    return Error::badInput(DispatchRules::tr("'%1' is not a priority (P1-P4)").arg(l.key()), where);
                if (!level)
                    return Error::badInput(DispatchRules::tr("'%1' is not a level (junior, intermediate, senior)")
                                               .arg(l.value().toString()),
                                           where);
                r.minimumLevel[static_cast<std::size_t>(*priority)] = *level;
            }
        } else if (key == kCapacity) {
            auto n = intValue(v, key, 1, 1000);
            if (!n)
                return n.error();
            r.defaultCapacity = *n;
        } else if (key == kSuggestions) {
            auto n = intValue(v, key, 1, 50);
            if (!n)
                return n.error();
            r.suggestions = *n;
        } else {
            bool known = false;
            for (const PointsField& f : kPoints)
                if (key == QLatin1String(f.key)) {
                    auto n = intValue(v, key, -kMaxPoints, kMaxPoints);
                    if (!n)
                        return n.error();
                    r.*f.member = *n;
                    known = true;
                }
            if (!known)
                return Error::badInput(DispatchRules::tr("unknown dispatch rule"), key);
        }
    }
    return r;
}

Status DispatchRules::set(const QString& key, const QString& value)
{
    QJsonObject o = toJson();
    const QString k = key.trimmed();
    const QString v = value.trimmed();
    if (k.startsWith(kLevels + QLatin1Char('.'))) {
        QJsonObject levels = o.value(kLevels).toObject();
        levels.insert(k.mid(kLevels.size() + 1).toUpper(), v);
        o.insert(kLevels, levels);
    } else if (k == kTiers) {
        o.insert(k, QJsonArray::fromStringList(v.split(QLatin1Char(','), Qt::SkipEmptyParts)));
    } else if (k == kTeam) {
        o.insert(k, v);
    } else {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!o.contains(k))
            return Error::badInput(DispatchRules::tr("unknown dispatch rule"), k);
        if (!ok)
            return Error::badInput(DispatchRules::tr("'%1' is not a whole number").arg(v), k);
        o.insert(k, n);
    }
    auto parsed = fromJson(o);
    if (!parsed)
        return parsed.error();
    *this = *parsed;
    return success();
}

} // namespace ingot
