#include "app/quality/ImprovementService.h"

#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Improvement)
};
constexpr int kMaxText = 4000;
} // namespace

ImprovementService::ImprovementService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

Status ImprovementService::validate(const ImprovementAction& a) const
{
    if (a.title.trimmed().isEmpty())
        return Error::badInput(Text::tr("an improvement action needs a title"), QStringLiteral("title"));
    if (a.title.size() > 200)
        return Error::badInput(Text::tr("the title is longer than 200 characters"), QStringLiteral("title"));
    for (const QString* t : {&a.rootCause, &a.correctiveAction, &a.verification})
        if (t->size() > kMaxText)
            return Error::badInput(Text::tr("a text is longer than %1 characters").arg(kMaxText));
    if (a.owner.size() > 100)
        return Error::badInput(Text::tr("the owner is longer than 100 characters"), QStringLiteral("owner"));
    return success();
}

bool ImprovementService::isOverdue(const ImprovementAction& a) const
{
    return ImprovementStateMachine::isOverdue(a, m_clock.now());
}

Result<ImprovementAction> ImprovementService::create(ImprovementAction a, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ImprovementEdit); !allowed)
        return allowed.error();
    if (auto st = validate(a); !st)
        return st.error();
    const qint64 now = m_clock.now();
    a.status = ImprovementStatus::Open;
    a.createdAt = now;
    a.updatedAt = now;
    a.verifiedAt.reset();
    a.closedAt.reset();
    const int year = QDateTime::fromSecsSinceEpoch(now, Instant::localZone()).date().year();
    Status st = m_store.write([&]() -> Status {
        auto number = m_store.quality().improvements().allocateNumber(year);
        if (!number)
            return number.error();
        a.number = *number;
        if (auto ins = m_store.quality().improvements().insert(a); !ins)
            return ins;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("improvement"), a.number, QStringLiteral("create"),
                                              {{QStringLiteral("title"), a.title}});
            !audited)
            return audited;
        return m_store.quality().improvements().appendEvent(a.id, now, actor, QStringLiteral("created"), QString(),
                                                            improvementStatusKey(a.status),
                                                            a.tickets.join(QLatin1Char(' ')));
    });
    if (!st)
        return st.error();
    return find(a.number);
}

Result<ImprovementAction> ImprovementService::save(const ImprovementAction& edited, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ImprovementEdit); !allowed)
        return allowed.error();
    if (auto st = validate(edited); !st)
        return st.error();
    Status st = m_store.write([&]() -> Status {
        auto current = m_store.quality().improvements().find(edited.number);
        if (!current)
            return current.error().kind == Error::Kind::NotFound ? Error::badInput(current.error().message)
                                                                 : current.error();
        ImprovementAction a = *current;
        if (a.status == ImprovementStatus::Closed)
            return Error::refused(Text::tr("%1 is closed; it can no longer be edited").arg(a.number));
        a.title = edited.title.trimmed();
        a.rootCause = edited.rootCause.trimmed();
        a.correctiveAction = edited.correctiveAction.trimmed();
        a.owner = edited.owner.trimmed();
        a.dueAt = edited.dueAt;
        a.verification = edited.verification.trimmed();
        a.updatedAt = m_clock.now();
        if (auto up = m_store.quality().improvements().update(a, edited.version); !up)
            return up;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("improvement"), a.number, QStringLiteral("edit"),
                                              {{QStringLiteral("title"), a.title}, {QStringLiteral("owner"), a.owner}});
            !audited)
            return audited;
        return m_store.quality().improvements().appendEvent(a.id, a.updatedAt, actor, QStringLiteral("edited"),
                                                            improvementStatusKey(a.status),
                                                            improvementStatusKey(a.status), QString());
    });
    if (!st)
        return st.error();
    return find(edited.number);
}

Result<ImprovementAction> ImprovementService::step(const QString& number, ImprovementStep step, const QString& note,
                                                   const QString& actor, std::optional<int> expectedVersion)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ImprovementEdit); !allowed)
        return allowed.error();
    Status st = m_store.write([&]() -> Status {
        auto current = m_store.quality().improvements().find(number.trimmed());
        if (!current)
            return current.error().kind == Error::Kind::NotFound ? Error::badInput(current.error().message)
                                                                 : current.error();
        ImprovementAction a = *current;
        const int expected = expectedVersion.value_or(a.version);
        const ImprovementStatus from = a.status;
        // A verification note given with the step is the verification itself.
        if (step == ImprovementStep::Verify && !note.trimmed().isEmpty())
            a.verification = note.trimmed();
        if (auto applied = ImprovementStateMachine::apply(a, step, m_clock.now()); !applied)
            return applied;
        if (auto up = m_store.quality().improvements().update(a, expected); !up)
            return up;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("improvement"), a.number, improvementStepKey(step),
                                              {{QStringLiteral("from"), improvementStatusKey(from)}, {QStringLiteral("to"), improvementStatusKey(a.status)}});
            !audited)
            return audited;
        return m_store.quality().improvements().appendEvent(a.id, a.updatedAt, actor, improvementStepKey(step),
                                                            improvementStatusKey(from), improvementStatusKey(a.status),
                                                            note.trimmed());
    });
    if (!st)
        return st.error();
    return find(number.trimmed());
}

Result<ImprovementAction> ImprovementService::link(const QString& number, const QStringList& ticketNos,
                                                   const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ImprovementEdit); !allowed)
        return allowed.error();
    Status st = m_store.write([&]() -> Status {
        auto a = m_store.quality().improvements().find(number.trimmed());
        if (!a)
            return a.error().kind == Error::Kind::NotFound ? Error::badInput(a.error().message) : a.error();
        QStringList fresh;
        for (const QString& t : ticketNos)
            if (!a->tickets.contains(t.trimmed()) && !fresh.contains(t.trimmed()))
                fresh << t.trimmed();
        if (fresh.isEmpty())
            return success();
        const qint64 now = m_clock.now();
        if (auto l = m_store.quality().improvements().link(a->id, fresh, now); !l)
            return l;
        return m_store.quality().improvements().appendEvent(
            a->id, now, actor, QStringLiteral("linked"), improvementStatusKey(a->status),
            improvementStatusKey(a->status), fresh.join(QLatin1Char(' ')));
    });
    if (!st)
        return st.error();
    return find(number.trimmed());
}

Result<ImprovementAction> ImprovementService::find(const QString& number)
{
    return m_store.quality().improvements().find(number.trimmed());
}

Result<QList<ImprovementAction>> ImprovementService::list(bool includeClosed)
{
    return m_store.quality().improvements().list(includeClosed);
}

Result<QList<ImprovementRepository::HistoryEntry>> ImprovementService::history(const ImprovementAction& a)
{
    return m_store.quality().improvements().history(a.id);
}

} // namespace ingot
