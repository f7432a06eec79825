#include "app/quality/BatchTraceService.h"

#include "app/security/Authorizer.h"
#include <QCoreApplication>
#include <QSet>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BatchTrace)
};
} // namespace

BatchTraceService::BatchTraceService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

Result<BatchTraceService::Trace> BatchTraceService::trace(const QString& batchNoIn)
{
    const QString batchNo = batchNoIn.trimmed();
    if (batchNo.isEmpty())
        return Error::badInput(Text::tr("give a batch number"), QStringLiteral("batch"));
    Trace t;
    t.batchNo = batchNo;
    auto deliveries = m_store.quality().facts().deliveries(batchNo);
    if (!deliveries)
        return deliveries.error();
    t.deliveries = *deliveries;
    auto tickets = m_store.quality().facts().ticketsForBatch(batchNo);
    if (!tickets)
        return tickets.error();
    t.tickets = *tickets;
    if (t.deliveries.isEmpty() && t.tickets.isEmpty())
        return Error::notFound(Text::tr("no order and no ticket names batch '%1'").arg(batchNo));
    auto assays = m_store.quality().assays().forBatch(batchNo);
    if (!assays)
        return assays.error();
    t.assays = *assays;
    auto actions = m_store.quality().improvements().list(true);
    if (!actions)
        return actions.error();
    for (const ImprovementAction& a : *actions)
        if (a.batchNo == batchNo)
            t.improvementActions << a.number;

    QSet<QString> customers;
    for (const auto& d : t.deliveries) {
        t.tons += d.quantityT;
        customers.insert(d.customerCode);
        if (!t.grades.contains(d.grade))
            t.grades << d.grade;
    }
    for (const auto& k : t.tickets)
        customers.insert(k.customerCode);
    t.customers = static_cast<int>(customers.size());
    return t;
}

Result<BatchTraceService::TicketTrace> BatchTraceService::forTicket(const QString& ticketNo)
{
    auto ticket = m_store.tickets().findByNumber(ticketNo.trimmed());
    if (!ticket)
        return ticket.error();
    TicketTrace out;
    out.ticketNo = ticket->number;
    if (ticket->batchNo.isEmpty())
        return out;
    auto batch = trace(ticket->batchNo);
    if (!batch)
        return batch.error();
    out.batch = *batch;
    for (const auto& k : batch->tickets)
        if (k.number != ticket->number)
            out.others << k;
    return out;
}

Result<BatchTraceService::AssayResult> BatchTraceService::prepare(const AssayInput& in)
{
    AssayResult r;
    r.assay.ticketNo = in.ticketNo.trimmed();
    r.assay.batchNo = in.batchNo.trimmed();
    r.assay.grade = in.grade.trimmed();
    if (!r.assay.ticketNo.isEmpty()) {
        auto ticket = m_store.tickets().findByNumber(r.assay.ticketNo);
        if (!ticket)
            return Error::badInput(ticket.error().message, QStringLiteral("ticket"));
        if (r.assay.batchNo.isEmpty())
            r.assay.batchNo = ticket->batchNo;
    }
    if (r.assay.batchNo.isEmpty())
        return Error::badInput(Text::tr("an assay needs a batch number (the ticket names none)"), QStringLiteral("batch"));
    if (r.assay.grade.isEmpty()) {
        auto deliveries = m_store.quality().facts().deliveries(r.assay.batchNo);
        if (!deliveries)
            return deliveries.error();
        if (deliveries->isEmpty())
            return Error::badInput(
                Text::tr("batch %1 has no order to take its grade from; give the grade").arg(r.assay.batchNo),
                QStringLiteral("grade"));
        r.assay.grade = deliveries->first().grade;
    }
    auto limits = m_store.quality().assays().grade(r.assay.grade);
    if (!limits)
        return Error::badInput(limits.error().message, QStringLiteral("grade"));
    r.limits = *limits;
    r.assay.grade = limits->grade;
    if (in.values.isEmpty())
        return Error::badInput(Text::tr("an assay needs at least one element"), QStringLiteral("values"));
    auto verdict = AssayCheck::check(*limits, in.values);
    if (!verdict)
        return verdict.error();
    r.verdict = *verdict;
    for (const AssayCheck::Element& e : verdict->elements)
        if (e.element != QLatin1String("Pb") || verdict->pbMeasured)
            r.assay.values.insert(e.element, e.measured);
    r.assay.pass = verdict->pass;
    r.assay.failed = verdict->failed;
    r.assay.lab = in.lab.trimmed();
    r.assay.measuredAt = in.measuredAt.value_or(m_clock.now());
    return r;
}

Result<BatchTraceService::AssayResult> BatchTraceService::checkAssay(const AssayInput& in)
{
    return prepare(in);
}

Result<BatchTraceService::AssayResult> BatchTraceService::recordAssay(const AssayInput& in, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::AssayRecord); !allowed)
        return allowed.error();
    auto r = prepare(in);
    if (!r)
        return r.error();
    r->assay.recordedBy = actor;
    Status st = m_store.write([&] { return m_store.quality().assays().insert(r->assay); });
    if (!st)
        return st.error();
    return r;
}

} // namespace ingot
