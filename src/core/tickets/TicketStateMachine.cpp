#include "core/tickets/TicketStateMachine.h"

#include "core/common/Instant.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TicketStateMachine)
};

Error refused(Action action, Stage stage)
{
    return Error::badInput(Text::tr("'%1' is not allowed while the ticket is %2").arg(actionKey(action), stageKey(stage)));
}

bool oneOf(Stage s, std::initializer_list<Stage> set)
{
    return std::find(set.begin(), set.end(), s) != set.end();
}
}  // namespace

Result<Stage> TicketStateMachine::target(const TicketState& state, Action action, const QString& value,
                                         const QString& note)
{
    const Stage s = state.stage;
    switch (action) {
    case Action::Respond:
        if (!isOpen(s))
            return refused(action, s);
        return s;
    case Action::Assess:
        if (s != Stage::Reported)
            return refused(action, s);
        return Stage::Assessed;
    case Action::Plan:
        if (s != Stage::Assessed)
            return refused(action, s);
        return Stage::Planned;
    case Action::Dispatch:
        if (!isOpen(s))
            return refused(action, s);
        if (value.trimmed().isEmpty())
            return Error::badInput(Text::tr("dispatch needs the technician's login as its value"));
        return s;
    case Action::Start:
        if (s != Stage::Planned)
            return refused(action, s);
        return Stage::InProgress;
    case Action::Wait:
        if (!oneOf(s, {Stage::Assessed, Stage::Planned, Stage::InProgress}))
            return refused(action, s);
        return Stage::WaitingCustomer;
    case Action::Resume:
        if (s != Stage::WaitingCustomer)
            return refused(action, s);
        return state.resumeTo;
    case Action::Resolve:
        if (!oneOf(s, {Stage::Assessed, Stage::Planned, Stage::InProgress}))
            return refused(action, s);
        return Stage::Resolved;
    case Action::Feedback:
        if (s != Stage::Resolved)
            return refused(action, s);
        return Stage::Feedback;
    case Action::Survey: {
        if (!oneOf(s, {Stage::Resolved, Stage::Feedback, Stage::Closed}))
            return refused(action, s);
        bool ok = false;
        const int score = value.trimmed().toInt(&ok);
        if (!ok || score < 1 || score > 5)
            return Error::badInput(Text::tr("a survey score must be a whole number from 1 to 5, not '%1'").arg(value));
        return s == Stage::Closed ? Stage::Closed : Stage::Surveyed;
    }
    case Action::Close:
        if (!oneOf(s, {Stage::Resolved, Stage::Feedback, Stage::Surveyed}))
            return refused(action, s);
        return Stage::Closed;
    case Action::Reopen:
        if (!oneOf(s, {Stage::Resolved, Stage::Feedback, Stage::Surveyed, Stage::Closed}))
            return refused(action, s);
        return Stage::InProgress;
    case Action::Cancel:
        if (!isOpen(s))
            return refused(action, s);
        if (note.trimmed().isEmpty())
            return Error::badInput(Text::tr("cancelling needs a reason in the note (duplicate, invalid, ...)"));
        return Stage::Cancelled;
    case Action::Note:
        return s;
    case Action::Breach:
        if (value.trimmed().isEmpty())
            return Error::badInput(Text::tr("a breach names its clock (response, assessment or resolution) as its value"));
        return s;
    }
    return Error::internal(Text::tr("unknown action"));
}

Status TicketStateMachine::apply(TicketState& state, TicketEvent& event)
{
    if (event.at < state.reportedAt)
        return Error::badInput(Text::tr("the event at %1 is before the ticket was reported (%2)")
                                   .arg(Instant::format(event.at), Instant::format(state.reportedAt)));
    // A breach is dated when the clock ran out, which the sweep may notice after later events; it
    // changes no stage, so it neither needs nor moves the time order of the others.
    if (event.at < state.lastEventAt && event.action != Action::Breach)
        return Error::badInput(Text::tr("the event at %1 is before the previous event (%2); events must be in time order")
                                   .arg(Instant::format(event.at), Instant::format(state.lastEventAt)));
    auto to = target(state, event.action, event.value, event.note);
    if (!to)
        return to.error();

    event.from = state.stage;
    event.to = *to;
    if (event.action == Action::Breach)
        return success();
    state.lastEventAt = event.at;

    switch (event.action) {
    case Action::Respond:
    case Action::Assess:
    case Action::Plan:
    case Action::Start:
    case Action::Wait:
    case Action::Resolve:
        // The response clock stops at the first of these (sla-kpi-spec.md, Clocks).
        if (!state.firstResponseAt)
            state.firstResponseAt = event.at;
        break;
    default:
        break;
    }
    switch (event.action) {
    case Action::Dispatch:
        state.assignee = event.value.trimmed();
        break;
    case Action::Wait:
        state.resumeTo = state.stage;
        break;
    case Action::Resolve:
        state.lastResolvedAt = event.at;
        break;
    case Action::Survey:
        state.surveyScore = event.value.trimmed().toInt();
        break;
    case Action::Close:
        state.closedAt = event.at;
        break;
    case Action::Reopen:
        ++state.reopenCount;
        state.closedAt.reset();
        break;
    default:
        break;
    }
    state.stage = *to;
    return success();
}

Result<TicketState> TicketStateMachine::replay(qint64 reportedAt, QList<TicketEvent> events)
{
    TicketState state;
    state.reportedAt = reportedAt;
    state.lastEventAt = reportedAt;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (auto st = apply(state, events[i]); !st) {
            Error e = st.error();
            e.where = Text::tr("event %1").arg(i + 1);
            return e;
        }
    }
    return state;
}

QList<Action> TicketStateMachine::allowedActions(const TicketState& state)
{
    QList<Action> out;
    for (Action a : allActions()) {
        if (isSystemAction(a))
            continue;
        // Probe with values that satisfy the argument checks; only the stage decides here.
        const QString value = a == Action::Survey ? QStringLiteral("5") : QStringLiteral("x");
        if (target(state, a, value, QStringLiteral("x")))
            out << a;
    }
    return out;
}

}  // namespace ingot
