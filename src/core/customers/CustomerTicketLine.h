#pragma once

#include "core/tickets/TicketTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// One ticket as a customer's archive lists it: what it was about and how it ended.
struct CustomerTicketLine {
    qint64 id = 0;
    QString number;
    qint64 reportedAt = 0;
    Category category = Category::Other;
    Priority priority = Priority::P3;
    Stage stage = Stage::Reported;
    QString assignee;
    QString title;
    QString orderNo;
    QString batchNo;
    std::optional<int> surveyScore;
    int reopenCount = 0;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    bool breached = false; // an SLA clock of the ticket has a recorded breach
};

// A survey answer of a customer, for the satisfaction trend.
struct SurveyPoint {
    qint64 at = 0;
    int score = 0;
    QString ticketNumber;
};

} // namespace ingot
