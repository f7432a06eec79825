#pragma once

#include "core/common/Result.h"
#include "core/tickets/TicketEvent.h"
#include "core/tickets/TicketState.h"

#include <QList>

namespace ingot {

// The guarded transitions of cli-contract.md. Pure: no storage, no clock.
class TicketStateMachine final {
public:
    // The stage the action leads to from `state`, or the reason it is refused. Checks the value
    // (dispatch needs a technician, survey a score 1-5) and the note (cancel needs a reason).
    static Result<Stage> target(const TicketState& state, Action action, const QString& value, const QString& note);

    // Validates the event (including its time: not before the report or the previous event),
    // fills its from/to stages and advances `state`. On refusal `state` is unchanged.
    static Status apply(TicketState& state, TicketEvent& event);

    // Rebuilds a ticket's state from its history; the first refused event stops the replay.
    static Result<TicketState> replay(qint64 reportedAt, QList<TicketEvent> events);

    // Actions that may be taken now, in menu order.
    static QList<Action> allowedActions(const TicketState& state);
};

}  // namespace ingot
