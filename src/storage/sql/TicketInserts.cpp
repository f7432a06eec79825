#include "storage/sql/TicketInserts.h"

#include <QStringList>

namespace ingot {

QString TicketInserts::nextNumberSql()
{
    // The counter row stays locked until the creating transaction ends, so concurrent desks get
    // consecutive numbers without gaps or duplicates.
    return QStringLiteral("INSERT INTO ticket_counters (year, last) VALUES (?, 1) "
                          "ON CONFLICT(year) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last");
}

QString TicketInserts::insertTicketSql()
{
    // 25 values in this order: number, customer code, order number, batch, category, priority,
    // channel, title, description, reporter, reported at, tier, region, stage, resume stage, assignee,
    // last event at, first response at, last resolved at, closed at, survey score, reopen count, SLA
    // policy, next due at, next at-risk at, SLA version.
    return QStringLiteral(
        "INSERT INTO tickets (ticket_no, customer_id, order_id, batch_no, category, priority, channel, title, "
        "description, reporter, reported_at, tier, region, stage, resume_stage, assignee, last_event_at, "
        "first_response_at, last_resolved_at, closed_at, survey_score, reopen_count, sla_policy_id, "
        "next_due_at, next_at_risk_at, sla_version, version) "
        "VALUES (?, (SELECT id FROM customers WHERE code = ?), (SELECT id FROM orders WHERE order_no = ?), "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
}

QString TicketInserts::insertEventsSql(qsizetype rows)
{
    QStringList values;
    for (qsizetype k = 0; k < rows; ++k)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
    return QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor, action, from_stage, to_stage, value, note) "
                          "VALUES ") +
           values.join(QLatin1Char(','));
}

}  // namespace ingot
