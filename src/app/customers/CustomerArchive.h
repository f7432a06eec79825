#pragma once

#include "core/customers/Customer.h"
#include "core/customers/CustomerTicketLine.h"
#include "core/customers/HealthScore.h"
#include "core/customers/Order.h"
#include "core/customers/TierAssessment.h"
#include "core/customers/TierEvent.h"
#include "core/service/ServiceTask.h"

#include <QList>

namespace ingot {

// Everything about one customer in one place (一客一档): what an agent on the phone needs.
struct CustomerArchive {
    struct MonthScore {
        QString month; // 2026-03
        int surveys = 0;
        double average = 0;
    };
    struct Totals {
        int tickets = 0;
        int open = 0;
        int breached = 0;
        int reopened = 0;
        int surveys = 0;
        double averageScore = 0; // over every survey
        int orders = 0;
        double tons = 0;
        qint64 valueFen = 0;
    };

    qint64 asOf = 0;
    Customer customer;
    TierAssessment assessment; // what the rule says now (the effective tier may be an override)
    QList<TierEvent> tierHistory;
    QList<Order> orders;               // newest first
    QList<CustomerTicketLine> tickets; // newest first
    QList<SurveyPoint> surveys;        // oldest first
    QList<MonthScore> satisfaction;    // the last 12 months, oldest first, months without a survey included
    QList<ServiceTask> openTasks;      // follow-ups by due date
    HealthInputs healthInputs;
    HealthScore health;
    Totals totals;
};

} // namespace ingot
