#pragma once

#include "core/tickets/TicketTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// What a ticket's history adds up to. Derived entirely from the report instant and the events, so
// replaying the history always gives the same state.
struct TicketState {
    Stage stage = Stage::Reported;
    Stage resumeTo = Stage::Reported;  // the stage a waiting ticket returns to
    qint64 reportedAt = 0;
    qint64 lastEventAt = 0;
    QString assignee;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> lastResolvedAt;
    std::optional<qint64> closedAt;
    std::optional<int> surveyScore;
    int reopenCount = 0;

    bool operator==(const TicketState&) const = default;
};

}  // namespace ingot
