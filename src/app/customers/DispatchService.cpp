#include "app/customers/DispatchService.h"

#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"
#include "app/sla/SlaTracker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace ingot {

namespace {
const QString kRulesKey = QStringLiteral("dispatch.rules");
const QString kAutoKey = QStringLiteral("dispatch.auto_on_create");

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Dispatch)
};

DispatchTicketFacts factsOf(const Ticket& t)
{
    return {t.category, t.priority, t.tier, t.region, t.state.assignee};
}

// The clock that makes a ticket urgent: at risk, or breached and still counting.
std::optional<ClockEvaluation> urgentClock(const SlaSnapshot& clocks)
{
    std::optional<ClockEvaluation> out;
    for (SlaMetric m : allSlaMetrics()) {
        const ClockEvaluation& c = clocks.clock(m);
        const bool urgent = c.state == ClockState::AtRisk || (c.state == ClockState::Breached && !c.isStopped());
        if (urgent && (!out || c.dueAt.value_or(0) < out->dueAt.value_or(0)))
            out = c;
    }
    return out;
}
} // namespace

Result<DispatchRules> DispatchService::rules()
{
    auto stored = m_store.customerRecords().settings().value(kRulesKey);
    if (!stored)
        return stored.error();
    if (!*stored)
        return DispatchRules::defaults();
    const QJsonDocument doc = QJsonDocument::fromJson((*stored)->toUtf8());
    auto parsed = DispatchRules::fromJson(doc.object());
    if (!doc.isObject() || !parsed)
        return Error::internal(Text::tr("the stored dispatch rules are damaged: %1")
                                   .arg(parsed ? Text::tr("not a JSON object") : parsed.error().text()));
    return parsed;
}

Status DispatchService::saveRules(const DispatchRules& r)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::DispatchRulesEdit); !allowed)
        return allowed;
    const QString json = QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    return m_store.write([&]() -> Status {
        if (auto st = m_store.customerRecords().settings().setValue(kRulesKey, json); !st)
            return st;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("setting"), kRulesKey, QStringLiteral("set"), r.toJson());
    });
}

Status DispatchService::setRule(const QString& key, const QString& value)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::DispatchRulesEdit); !allowed)
        return allowed;
    auto r = rules();
    if (!r)
        return r.error();
    if (auto st = r->set(key, value); !st)
        return st;
    return saveRules(*r);
}

Result<bool> DispatchService::autoDispatchOnCreate()
{
    auto stored = m_store.customerRecords().settings().value(kAutoKey);
    if (!stored)
        return stored.error();
    return stored->value_or(QString()) == QLatin1String("true");
}

Status DispatchService::setAutoDispatchOnCreate(bool on)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::DispatchRulesEdit); !allowed)
        return allowed;
    return m_store.write([&]() -> Status {
        if (auto st = m_store.customerRecords().settings().setValue(kAutoKey, on ? QStringLiteral("true") : QStringLiteral("false"));
            !st)
            return st;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("setting"), kAutoKey, QStringLiteral("set"),
                                  {{QStringLiteral("value"), on}});
    });
}

Result<QList<DispatchCandidate>> DispatchService::candidates(const DispatchRules& rules, QHash<QString, int>* loadOut)
{
    auto technicians = m_store.technicians().all();
    if (!technicians)
        return technicians.error();
    auto duty = m_store.customerRecords().duty().all();
    if (!duty)
        return duty.error();
    auto load = m_store.customerRecords().archive().openLoad();
    if (!load)
        return load.error();
    // The technicians' calendars are the SLA calendars, holidays of the database applied.
    auto setup = SlaSetup::load(m_store);
    if (!setup)
        return setup.error();
    // Without a calendar of their own, the dedicated team works the hours of its accounts' tier
    // (A: 24x7 by the SLA policy), everybody else office hours.
    QString teamCalendar = QStringLiteral("24x7");
    if (const auto policy = SlaPolicy::inForce(setup->policies(), m_clock.now());
        policy && !rules.dedicatedTiers.isEmpty())
        teamCalendar = policy->calendarFor(rules.dedicatedTiers.first());
    QList<DispatchCandidate> out;
    for (const Technician& t : std::as_const(*technicians)) {
        DispatchCandidate c;
        c.technician = t;
        c.openTickets = load->value(t.login);
        const TechnicianDuty d = duty->value(t.login);
        c.capacity = d.capacity;
        const QString calendar = !d.calendar.isEmpty()           ? d.calendar
                                 : t.team == rules.dedicatedTeam ? teamCalendar
                                                                 : QStringLiteral("8x5");
        if (auto cal = setup->calendar(calendar))
            c.calendar = **cal;
        out << c;
    }
    if (loadOut)
        *loadOut = *load;
    return out;
}

Result<DispatchRanking> DispatchService::suggest(const Ticket& ticket, qint64 now)
{
    auto r = rules();
    if (!r)
        return r.error();
    auto c = candidates(*r);
    if (!c)
        return c.error();
    return DispatchEngine::rank(factsOf(ticket), *c, *r, now);
}

Result<DispatchRanking> DispatchService::suggest(const QString& number)
{
    auto ticket = m_store.tickets().findByNumber(number);
    if (!ticket)
        return ticket.error().kind == Error::Kind::NotFound ? Error::badInput(ticket.error().message) : ticket.error();
    return suggest(*ticket, m_clock.now());
}

Result<std::optional<Ticket>> DispatchService::dispatchBest(const Ticket& ticket, TicketService& tickets,
                                                            const QString& actor)
{
    auto ranking = suggest(ticket, m_clock.now());
    if (!ranking)
        return ranking.error();
    const DispatchSuggestion* best = ranking->best();
    if (!best)
        return std::optional<Ticket>();
    TicketService::ActionInput in;
    in.number = ticket.number;
    in.action = Action::Dispatch;
    in.value = best->login;
    in.note = Text::tr("auto-dispatch, rank 1 of %1: %2")
                  .arg(ranking->suggestions.size())
                  .arg(best->reasons().join(QStringLiteral("; ")));
    auto done = tickets.act(in, actor);
    if (!done)
        return done.error();
    return std::optional<Ticket>(*done);
}

Result<QList<DispatchService::Move>> DispatchService::rebalance(qint64 now, bool dryRun, TicketService& tickets,
                                                                const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::DispatchRebalance); !allowed)
        return allowed.error();
    auto r = rules();
    if (!r)
        return r.error();
    QHash<QString, int> load;
    auto all = candidates(*r, &load);
    if (!all)
        return all.error();
    auto tracker = SlaTracker::load(m_store);
    if (!tracker)
        return tracker.error();

    QHash<QString, int> capacity;
    for (const DispatchCandidate& c : std::as_const(*all))
        capacity.insert(c.technician.login, c.capacity.value_or(r->defaultCapacity));

    // The urgent open tickets of every technician at or over capacity, most urgent first.
    struct Urgent {
        Ticket ticket;
        ClockEvaluation clock;
    };
    QList<Urgent> urgent;
    for (auto it = capacity.constBegin(); it != capacity.constEnd(); ++it) {
        if (load.value(it.key()) < it.value())
            continue;
        QueueFilter filter;
        filter.openOnly = true;
        filter.assignee = it.key();
        auto rows = m_store.tickets().page(filter, QueueSort::DueFirst, 0, 10000);
        if (!rows)
            return rows.error();
        for (const QueueRow& row : std::as_const(*rows)) {
            auto ticket = m_store.tickets().findByNumber(row.number);
            auto slaRow = m_store.sla().tickets().find(row.id);
            auto history = m_store.tickets().events(row.id);
            if (!ticket || !slaRow || !history)
                return !ticket ? ticket.error() : !slaRow ? slaRow.error() : history.error();
            auto clocks = tracker->evaluate(*slaRow, *history, now);
            if (!clocks)
                return clocks.error();
            if (auto clock = urgentClock(clocks->clocks))
                urgent << Urgent{*ticket, *clock};
        }
    }
    std::sort(urgent.begin(), urgent.end(),
              [](const Urgent& a, const Urgent& b) { return a.clock.dueAt.value_or(0) < b.clock.dueAt.value_or(0); });

    QList<Move> moves;
    for (const Urgent& u : std::as_const(urgent)) {
        const QString from = u.ticket.state.assignee;
        if (load.value(from) < capacity.value(from))
            continue; // earlier moves already brought this technician under capacity
        QList<DispatchCandidate> others;
        for (DispatchCandidate c : std::as_const(*all)) {
            c.openTickets = load.value(c.technician.login);
            if (c.technician.login != from && c.openTickets < capacity.value(c.technician.login))
                others << c;
        }
        const DispatchRanking ranking = DispatchEngine::rank(factsOf(u.ticket), others, *r, now);
        const DispatchSuggestion* best = ranking.best();
        if (!best)
            continue;
        Move m;
        m.ticket = u.ticket.number;
        m.from = from;
        m.to = best->login;
        m.why = Text::tr("%1 clock %2, %3 carries %4 open tickets (capacity %5); %6")
                    .arg(slaMetricLabel(u.clock.metric), clockStateLabel(u.clock.state), from)
                    .arg(load.value(from))
                    .arg(capacity.value(from))
                    .arg(best->reasons().join(QStringLiteral("; ")));
        if (!dryRun) {
            TicketService::ActionInput in;
            in.number = m.ticket;
            in.action = Action::Dispatch;
            in.value = m.to;
            in.note = Text::tr("re-dispatched: %1").arg(m.why);
            in.expectedVersion = u.ticket.version;
            if (auto done = tickets.act(in, actor); !done)
                return done.error();
        }
        load[from] -= 1;
        load[m.to] += 1;
        moves << m;
    }
    return moves;
}

} // namespace ingot
