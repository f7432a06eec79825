#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QList>
#include <QString>

namespace ingot {

struct Technician {
    qint64 id = 0;
    QString login;
    QString name;
    Region region = Region::East;
    QString team;
    QList<Category> skills;
    TechnicianLevel level = TechnicianLevel::Junior;
    QString phone;
};

}  // namespace ingot
