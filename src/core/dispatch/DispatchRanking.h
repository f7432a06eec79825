#pragma once

#include "core/customers/CustomerTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ingot {

// One rule's contribution to a technician's score, with the reason in words.
struct DispatchFactor {
    QString rule; // dedicated_team, skill, region, level, load, capacity, duty
    int points = 0;
    QString reason;

    bool operator==(const DispatchFactor&) const = default;
};

struct DispatchSuggestion {
    int rank = 0; // 1 = best
    QString login;
    QString name;
    TechnicianLevel level = TechnicianLevel::Junior;
    Region region = Region::East;
    QString team;
    int score = 0;
    bool eligible = true; // meets the level the priority requires
    int openTickets = 0;
    int capacity = 0;
    bool onDuty = true;
    bool current = false; // the ticket's assignee now
    QList<DispatchFactor> factors;
    QString tieBreak; // why it stands before an equal score, when it does

    // The reasons in order, for a list line or a tooltip.
    QStringList reasons() const;
};

struct DispatchRanking {
    QList<DispatchSuggestion> suggestions; // best first; ineligible ones last
    QStringList warnings;                  // nobody skilled, everybody over capacity ...

    // The best eligible suggestion that is not `exceptLogin`, or null.
    const DispatchSuggestion* best(const QString& exceptLogin = {}) const;
};

} // namespace ingot
