#include "app/io/TicketJson.h"

#include "app/sla/SlaJson.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"

#include <QJsonArray>

namespace ingot {

namespace {
QJsonValue instantOrNull(const std::optional<qint64>& v)
{
    return v ? QJsonValue(Instant::format(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& v)
{
    return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}
}  // namespace

QJsonObject TicketJson::event(const TicketEvent& e)
{
    return QJsonObject{
        {QStringLiteral("at"), Instant::format(e.at)},   {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), actionKey(e.action)}, {QStringLiteral("from"), stageKey(e.from)},
        {QStringLiteral("to"), stageKey(e.to)},           {QStringLiteral("value"), textOrNull(e.value)},
        {QStringLiteral("note"), textOrNull(e.note)},
    };
}

QJsonObject TicketJson::ticket(const Ticket& t, const QList<TicketEvent>& history)
{
    QJsonArray events;
    for (const TicketEvent& e : history)
        events.append(event(e));
    return QJsonObject{
        {QStringLiteral("ticket_no"), t.number},
        {QStringLiteral("customer_code"), t.customerCode},
        {QStringLiteral("customer_name"), t.customerName},
        {QStringLiteral("tier"), tierKey(t.tier)},
        {QStringLiteral("region"), regionKey(t.region)},
        {QStringLiteral("order_no"), textOrNull(t.orderNo)},
        {QStringLiteral("batch_no"), textOrNull(t.batchNo)},
        {QStringLiteral("category"), categoryKey(t.category)},
        {QStringLiteral("priority"), priorityKey(t.priority)},
        {QStringLiteral("channel"), channelKey(t.channel)},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("reporter"), t.reporter},
        {QStringLiteral("reported_at"), Instant::format(t.state.reportedAt)},
        {QStringLiteral("stage"), stageKey(t.state.stage)},
        {QStringLiteral("assignee"), textOrNull(t.state.assignee)},
        {QStringLiteral("first_response_at"), instantOrNull(t.state.firstResponseAt)},
        {QStringLiteral("resolved_at"), instantOrNull(t.state.lastResolvedAt)},
        {QStringLiteral("closed_at"), instantOrNull(t.state.closedAt)},
        {QStringLiteral("survey_score"), t.state.surveyScore ? QJsonValue(*t.state.surveyScore) : QJsonValue()},
        {QStringLiteral("reopen_count"), t.state.reopenCount},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("history"), events},
    };
}

QJsonObject TicketJson::ticket(const Ticket& t, const QList<TicketEvent>& history, Store& store, const Clock& clock)
{
    QJsonObject out = ticket(t, history);
    auto sla = SlaService(store, clock).ticketSla(t, history);
    if (sla)
        SlaJson::addTo(out, *sla);
    else
        out.insert(QStringLiteral("clocks"), QJsonObject{{QStringLiteral("error"), sla.error().message}});
    return out;
}

}  // namespace ingot
