#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// What the ticket queue shows: a filter, a sort order, and the columns of one row.
struct QueueFilter {
    bool openOnly = false;  // reported ... waiting_customer
    std::optional<Stage> stage;
    std::optional<Tier> tier;
    std::optional<Priority> priority;
    std::optional<Region> region;
    std::optional<QString> assignee;  // "" means unassigned
    QString customerCode;
    QString text;  // ticket number, title, description, customer name

    bool operator==(const QueueFilter&) const = default;
};

enum class QueueSort { NewestFirst, OldestFirst, PriorityFirst, DueFirst };

struct QueueRow {
    qint64 id = 0;
    QString number;
    QString customerName;
    Category category = Category::Other;
    Priority priority = Priority::P3;
    Stage stage = Stage::Reported;
    Tier tier = Tier::C;
    Region region = Region::East;
    QString assignee;
    QString title;
    qint64 reportedAt = 0;
    qint64 nextDueAt = 0;  // the next SLA due instant of a running clock; 0 when none
    qint64 nextAtRiskAt = 0;  // when that clock turns at risk; 0 when none or not stored yet
};

}  // namespace ingot
