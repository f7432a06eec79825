#include "app/tickets/TicketService.h"

#include "app/security/Authorizer.h"
#include "app/audit/AuditTrail.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"
#include "core/tickets/TicketStateMachine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TicketService)
};
}  // namespace

TicketService::TicketService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

Result<Ticket> TicketService::create(const NewTicket& in, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::TicketCreate); !allowed)
        return allowed.error();
    if (in.title.trimmed().isEmpty())
        return Error::badInput(Text::tr("a ticket needs a title"), QStringLiteral("title"));
    if (in.title.size() > 200)
        return Error::badInput(Text::tr("the title is longer than 200 characters"), QStringLiteral("title"));
    if (in.description.size() > 20000)
        return Error::badInput(Text::tr("the description is longer than 20,000 characters"), QStringLiteral("description"));
    const qint64 reportedAt = in.reportedAt.value_or(m_clock.now());
    if (reportedAt > m_clock.now() + 300)
        return Error::badInput(Text::tr("the report time %1 is in the future").arg(Instant::format(reportedAt)),
                               QStringLiteral("reported_at"));

    auto customer = m_store.customers().findByCode(in.customerCode.trimmed());
    if (!customer)
        return Error::badInput(Text::tr("no customer with code '%1'").arg(in.customerCode), QStringLiteral("customer"));

    Ticket t;
    t.customerCode = customer->code;
    t.customerName = customer->name;
    t.tier = customer->tier;
    t.region = customer->region;
    t.batchNo = in.batchNo.trimmed();
    if (!in.orderNo.trimmed().isEmpty()) {
        auto order = m_store.orders().findByNumber(in.orderNo.trimmed());
        if (!order)
            return Error::badInput(Text::tr("no order with number '%1'").arg(in.orderNo), QStringLiteral("order"));
        if (order->customerCode != customer->code)
            return Error::badInput(Text::tr("order %1 belongs to another customer (%2)").arg(order->orderNo, order->customerCode),
                                   QStringLiteral("order"));
        t.orderNo = order->orderNo;
        if (t.batchNo.isEmpty())
            t.batchNo = order->batchNo;
    }
    t.category = in.category;
    t.priority = in.priority;
    t.channel = in.channel;
    t.title = in.title.trimmed();
    t.description = in.description.trimmed();
    t.reporter = in.reporter.trimmed().isEmpty() ? actor : in.reporter.trimmed();
    t.state.reportedAt = reportedAt;
    t.state.lastEventAt = reportedAt;

    const int year = QDateTime::fromSecsSinceEpoch(reportedAt, Instant::localZone()).date().year();
    Status st = m_store.write([&]() -> Status {
        auto number = m_store.tickets().allocateNumber(year);
        if (!number)
            return number.error();
        t.number = *number;
        if (auto inserted = m_store.tickets().insert(t); !inserted)
            return inserted;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("ticket"), t.number, QStringLiteral("create"),
                                              {{QStringLiteral("customer"), t.customerCode},
                                               {QStringLiteral("category"), categoryKey(t.category)},
                                               {QStringLiteral("priority"), priorityKey(t.priority)},
                                               {QStringLiteral("title"), t.title}});
            !audited)
            return audited;
        return SlaService(m_store, m_clock).refresh(t.id);  // policy and next due: same transaction
    });
    if (!st)
        return st.error();
    if (m_afterCreate)
        m_afterCreate(t);
    return t;
}

Result<Ticket> TicketService::act(const ActionInput& in, const QString& actor)
{
    if (isSystemAction(in.action))
        return Error::badInput(Text::tr("'%1' is recorded by the program itself, not entered").arg(actionKey(in.action)));
    if (auto allowed = Authorizer::require(m_store.actor(), *ticketActionPermission(in.action)); !allowed)
        return allowed.error();
    Ticket result;
    Status st = m_store.write([&]() -> Status {
        auto ticket = m_store.tickets().findByNumber(in.number);
        if (!ticket)
            return ticket.error().kind == Error::Kind::NotFound ? Error::badInput(ticket.error().message) : ticket.error();
        Ticket t = *ticket;
        // Technicians work their own queue: what is assigned to someone else is not theirs to change.
        if (const Actor& who = m_store.actor(); who.role == Role::Technician && t.state.assignee != who.login)
            return Error::refused(Text::tr("%1 may only work on tickets assigned to them; %2 is assigned to %3")
                                      .arg(who.login, t.number,
                                           t.state.assignee.isEmpty() ? Text::tr("nobody") : t.state.assignee));
        const int expected = in.expectedVersion.value_or(t.version);
        if (in.action == Action::Dispatch) {
            auto tech = m_store.technicians().findByLogin(in.value.trimmed());
            if (!tech)
                return Error::badInput(Text::tr("no technician with login '%1'").arg(in.value.trimmed()), QStringLiteral("value"));
        }
        TicketEvent e;
        e.at = in.at.value_or(m_clock.now());
        e.actor = actor;
        e.action = in.action;
        e.value = in.value.trimmed();
        e.note = in.note.trimmed();
        if (auto applied = TicketStateMachine::apply(t.state, e); !applied)
            return applied;
        if (auto stored = m_store.tickets().appendEvent(t, e, expected); !stored)
            return stored;
        QJsonObject detail{{QStringLiteral("from"), stageKey(e.from)},
                           {QStringLiteral("to"), stageKey(e.to)},
                           {QStringLiteral("version"), t.version}};
        if (!e.value.isEmpty())
            detail.insert(QStringLiteral("value"), e.value);
        if (!e.note.isEmpty())
            detail.insert(QStringLiteral("note"), e.note);
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("ticket"), t.number, actionKey(e.action), detail);
            !audited)
            return audited;
        if (auto sla = SlaService(m_store, m_clock).refresh(t.id); !sla)
            return sla;
        result = t;
        return success();
    });
    if (!st)
        return st.error();
    return result;
}

Result<Ticket> TicketService::find(const QString& number)
{
    return m_store.tickets().findByNumber(number);
}

Result<QList<TicketEvent>> TicketService::history(const Ticket& ticket)
{
    return m_store.tickets().events(ticket.id);
}

}  // namespace ingot
