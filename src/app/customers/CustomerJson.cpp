#include "app/customers/CustomerJson.h"

#include "core/common/Instant.h"

#include <cmath>

namespace ingot {

namespace {
QJsonValue instant(const std::optional<qint64>& at)
{
    return at ? QJsonValue(Instant::format(*at)) : QJsonValue(QJsonValue::Null);
}

double cny(qint64 fen)
{
    return static_cast<double>(fen) / 100.0;
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject change(const TierService::Change& c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("from"), tierKey(c.from)},
            {QStringLiteral("to"), tierKey(c.to)},
            {QStringLiteral("computed"), tierKey(c.computed)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}};
}
} // namespace

QJsonObject CustomerJson::tierEvent(const TierEvent& e)
{
    return {{QStringLiteral("at"), Instant::format(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("kind"), TierEvent::kindKey(e.kind)},
            {QStringLiteral("from"), tierKey(e.from)},
            {QStringLiteral("to"), tierKey(e.to)},
            {QStringLiteral("computed"), tierKey(e.computed)},
            {QStringLiteral("reason"), e.reason}};
}

QJsonObject CustomerJson::task(const ServiceTask& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("kind"), serviceTaskKindKey(t.kind)},
                  {QStringLiteral("title"), t.title()},
                  {QStringLiteral("customer_code"), t.customerCode},
                  {QStringLiteral("customer_name"), t.customerName},
                  {QStringLiteral("owner"), t.owner},
                  {QStringLiteral("due_date"), t.dueDate.toString(Qt::ISODate)},
                  {QStringLiteral("status"), serviceTaskStatusKey(t.status)}};
    if (!t.topic.isEmpty())
        o.insert(QStringLiteral("topic"), t.topic);
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    if (t.doneAt)
        o.insert(QStringLiteral("done_at"), Instant::format(*t.doneAt));
    return o;
}

QJsonArray CustomerJson::tasks(const QList<ServiceTask>& tasks)
{
    QJsonArray out;
    for (const ServiceTask& t : tasks)
        out << task(t);
    return out;
}

QJsonObject CustomerJson::archive(const CustomerArchive& a)
{
    const Customer& c = a.customer;
    QJsonObject profile{{QStringLiteral("code"), c.code},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("region"), regionKey(c.region)},
                        {QStringLiteral("province"), c.province},
                        {QStringLiteral("city"), c.city},
                        {QStringLiteral("industry"), c.industry},
                        {QStringLiteral("annual_volume_t"), c.annualVolumeT},
                        {QStringLiteral("cooperation_years"), c.cooperationYears}};
    QJsonObject contact{{QStringLiteral("name"), c.contactName},
                        {QStringLiteral("phone"), c.phone},
                        {QStringLiteral("email"), c.email}};
    QJsonArray history;
    for (const TierEvent& e : a.tierHistory)
        history << tierEvent(e);
    QJsonObject tier{{QStringLiteral("effective"), tierKey(c.tier)},
                     {QStringLiteral("override"), c.tierOverride ? QJsonValue(tierKey(*c.tierOverride)) : QJsonValue()},
                     {QStringLiteral("computed"), tierKey(a.assessment.tier)},
                     {QStringLiteral("volume_basis_t"), a.assessment.volumeBasisT},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(a.assessment.reasons)},
                     {QStringLiteral("history"), history}};

    QJsonArray orders;
    for (const Order& o : a.orders)
        orders << QJsonObject{{QStringLiteral("order_no"), o.orderNo},
                              {QStringLiteral("grade"), o.grade},
                              {QStringLiteral("batch_no"), o.batchNo},
                              {QStringLiteral("quantity_t"), o.quantityT},
                              {QStringLiteral("value_cny"), cny(o.valueFen)},
                              {QStringLiteral("ordered_at"), instant(o.orderedAt)},
                              {QStringLiteral("delivered_at"), instant(o.deliveredAt)}};
    QJsonArray tickets;
    for (const CustomerTicketLine& t : a.tickets)
        tickets << QJsonObject{
            {QStringLiteral("ticket_no"), t.number},
            {QStringLiteral("reported_at"), Instant::format(t.reportedAt)},
            {QStringLiteral("category"), categoryKey(t.category)},
            {QStringLiteral("priority"), priorityKey(t.priority)},
            {QStringLiteral("stage"), stageKey(t.stage)},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("order_no"), t.orderNo},
            {QStringLiteral("batch_no"), t.batchNo},
            {QStringLiteral("resolved_at"), instant(t.resolvedAt)},
            {QStringLiteral("closed_at"), instant(t.closedAt)},
            {QStringLiteral("survey_score"), t.surveyScore ? QJsonValue(*t.surveyScore) : QJsonValue()},
            {QStringLiteral("reopened"), t.reopenCount},
            {QStringLiteral("breached"), t.breached}};
    QJsonArray trend;
    for (const CustomerArchive::MonthScore& m : a.satisfaction)
        trend << QJsonObject{
            {QStringLiteral("month"), m.month},
            {QStringLiteral("surveys"), m.surveys},
            {QStringLiteral("average"), m.surveys > 0 ? QJsonValue(rounded(m.average, 2)) : QJsonValue()}};
    QJsonArray parts;
    for (const HealthScore::Part& p : a.health.parts)
        parts << QJsonObject{{QStringLiteral("part"), p.key},
                             {QStringLiteral("points"), rounded(p.points, 1)},
                             {QStringLiteral("max"), p.maximum},
                             {QStringLiteral("reason"), p.reason}};
    const CustomerArchive::Totals& t = a.totals;
    QJsonObject totals{
        {QStringLiteral("tickets"), t.tickets},
        {QStringLiteral("open"), t.open},
        {QStringLiteral("breached"), t.breached},
        {QStringLiteral("reopened"), t.reopened},
        {QStringLiteral("surveys"), t.surveys},
        {QStringLiteral("average_score"), t.surveys > 0 ? QJsonValue(rounded(t.averageScore, 2)) : QJsonValue()},
        {QStringLiteral("orders"), t.orders},
        {QStringLiteral("tons"), t.tons},
        {QStringLiteral("value_cny"), cny(t.valueFen)}};

    return {{QStringLiteral("as_of"), Instant::format(a.asOf)},
            {QStringLiteral("customer"), profile},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("health"), QJsonObject{{QStringLiteral("score"), a.health.score},
                                                   {QStringLiteral("band"), HealthScore::bandKey(a.health.band)},
                                                   {QStringLiteral("parts"), parts}}},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("satisfaction_by_month"), trend},
            {QStringLiteral("open_tasks"), tasks(a.openTasks)},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("tickets"), tickets}};
}

QJsonObject CustomerJson::ranking(const Ticket& ticket, const DispatchRanking& r, const DispatchRules& rules)
{
    QJsonArray suggestions;
    for (const DispatchSuggestion& s : r.suggestions) {
        QJsonArray factors;
        for (const DispatchFactor& f : s.factors)
            factors << QJsonObject{{QStringLiteral("rule"), f.rule},
                                   {QStringLiteral("points"), f.points},
                                   {QStringLiteral("reason"), f.reason}};
        QJsonObject o{{QStringLiteral("rank"), s.rank},
                      {QStringLiteral("login"), s.login},
                      {QStringLiteral("name"), s.name},
                      {QStringLiteral("team"), s.team},
                      {QStringLiteral("region"), regionKey(s.region)},
                      {QStringLiteral("level"), levelKey(s.level)},
                      {QStringLiteral("score"), s.score},
                      {QStringLiteral("eligible"), s.eligible},
                      {QStringLiteral("open_tickets"), s.openTickets},
                      {QStringLiteral("capacity"), s.capacity},
                      {QStringLiteral("on_duty"), s.onDuty},
                      {QStringLiteral("current_assignee"), s.current},
                      {QStringLiteral("suggested"), s.eligible && s.rank <= rules.suggestions},
                      {QStringLiteral("factors"), factors},
                      {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons())}};
        suggestions << o;
    }
    return {{QStringLiteral("ticket_no"), ticket.number},
            {QStringLiteral("category"), categoryKey(ticket.category)},
            {QStringLiteral("priority"), priorityKey(ticket.priority)},
            {QStringLiteral("tier"), tierKey(ticket.tier)},
            {QStringLiteral("region"), regionKey(ticket.region)},
            {QStringLiteral("assignee"), ticket.state.assignee},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
            {QStringLiteral("suggestions"), suggestions}};
}

QJsonObject CustomerJson::recompute(const TierService::Recompute& report)
{
    QJsonArray moved, held;
    for (const TierService::Change& c : report.moved)
        moved << change(c);
    for (const TierService::Change& c : report.held)
        held << change(c);
    return {{QStringLiteral("month"), report.month},    {QStringLiteral("as_of"), Instant::format(report.asOf)},
            {QStringLiteral("dry_run"), report.dryRun}, {QStringLiteral("customers"), report.customers},
            {QStringLiteral("moved"), moved},           {QStringLiteral("held_by_override"), held}};
}

QJsonObject CustomerJson::tierRule(const TierRule& r)
{
    return {{QStringLiteral("a_volume_t"), r.aVolumeT},
            {QStringLiteral("a_volume_with_years_t"), r.aVolumeWithYearsT},
            {QStringLiteral("a_years"), r.aYears},
            {QStringLiteral("b_volume_t"), r.bVolumeT},
            {QStringLiteral("b_years"), r.bYears}};
}

QJsonObject CustomerJson::generated(const ServiceTaskService::Generated& g)
{
    return {{QStringLiteral("month"), g.month},
            {QStringLiteral("dry_run"), g.dryRun},
            {QStringLiteral("created"), static_cast<int>(g.created.size())},
            {QStringLiteral("already_present"), g.existing},
            {QStringLiteral("tasks"), tasks(g.created)}};
}

QJsonObject CustomerJson::moves(const QList<DispatchService::Move>& moves, bool dryRun)
{
    QJsonArray list;
    for (const DispatchService::Move& m : moves)
        list << QJsonObject{{QStringLiteral("ticket_no"), m.ticket},
                            {QStringLiteral("from"), m.from},
                            {QStringLiteral("to"), m.to},
                            {QStringLiteral("why"), m.why}};
    return {{QStringLiteral("dry_run"), dryRun}, {QStringLiteral("moved"), list}};
}

} // namespace ingot
