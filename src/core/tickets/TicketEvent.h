#pragma once

#include "core/tickets/TicketTypes.h"

#include <QString>
#include <QtGlobal>

namespace ingot {

// One entry of a ticket's append-only history: who, when, what, from which stage to which, with an
// optional value (technician login, survey score) and note (reason, progress text).
struct TicketEvent {
    qint64 id = 0;  // storage id; 0 until stored
    qint64 at = 0;  // UTC epoch seconds
    QString actor;
    Action action = Action::Note;
    Stage from = Stage::Reported;
    Stage to = Stage::Reported;
    QString value;
    QString note;
};

}  // namespace ingot
