#pragma once

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <array>

namespace ingot {

// How the dispatch engine weighs a technician for a ticket. Data an admin edits (stored as JSON in
// the settings); the defaults follow the brief: the dedicated team for A-tier accounts, skill for
// the category, the customer's region, the certification level the priority needs, fewest open
// tickets. Points add up to a score; the level requirement is a gate, not points, because a junior
// technician on a stopped line is not a trade-off anybody wants made for them.
struct DispatchRules {
    // Tiers whose tickets go to the dedicated team first, and the team's name.
    QList<Tier> dedicatedTiers{Tier::A};
    QString dedicatedTeam = QStringLiteral("大客户专属组");

    int dedicatedTeamPoints = 400; // member of the dedicated team, for a ticket of a dedicated tier
    int reservedTeamPoints = -150; // member of the dedicated team, for a ticket of another tier
    int skillPoints = 200;         // has the skill for the ticket's category
    int regionPoints = 100;        // works in the customer's region
    int perOpenTicketPoints = -10; // for each ticket already open in the technician's queue
    int overCapacityPoints = -300; // open tickets at or above the technician's capacity
    int offDutyPoints = -250;      // not on duty now by the technician's working calendar

    // The lowest certification level each priority accepts, [P1..P4].
    std::array<TechnicianLevel, 4> minimumLevel{TechnicianLevel::Intermediate, TechnicianLevel::Junior,
                                                TechnicianLevel::Junior, TechnicianLevel::Junior};
    int defaultCapacity = 8; // open tickets a technician carries when none is set for them
    int suggestions = 3;     // how many the agent sees first

    static DispatchRules defaults() { return {}; }

    bool dedicatedTierFor(Tier tier) const { return dedicatedTiers.contains(tier); }
    TechnicianLevel minimumLevelFor(Priority priority) const;

    // snake_case keys; unknown keys and out-of-range values are refused with the key named.
    QJsonObject toJson() const;
    static Result<DispatchRules> fromJson(const QJsonObject& json);
    // One "key=value" edit (dedicated_tiers=A,B; minimum_level.P1=senior; skill_points=250 ...).
    Status set(const QString& key, const QString& value);

    bool operator==(const DispatchRules&) const = default;

    Q_DECLARE_TR_FUNCTIONS(ingot::DispatchRules)
};

} // namespace ingot
