#include "core/quality/ImprovementStateMachine.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {

using S = KeyedName<ImprovementStep>;
constexpr std::array kSteps{
    S{ImprovementStep::Start, "start", "开始整改", QT_TRANSLATE_NOOP("ImprovementStep", "Start work")},
    S{ImprovementStep::Verify, "verify", "验证", QT_TRANSLATE_NOOP("ImprovementStep", "Mark verified")},
    S{ImprovementStep::Reopen, "reopen", "重新整改", QT_TRANSLATE_NOOP("ImprovementStep", "Reopen")},
    S{ImprovementStep::Close, "close", "关闭", QT_TRANSLATE_NOOP("ImprovementStep", "Close")},
};
} // namespace

QString improvementStepKey(ImprovementStep v)
{
    return keyOf<ImprovementStep>(kSteps, v);
}
std::optional<ImprovementStep> parseImprovementStep(const QString& t)
{
    return parseKeyed<ImprovementStep>(kSteps, t);
}
QString improvementStepLabel(ImprovementStep v)
{
    return labelOf(kSteps, "ImprovementStep", v);
}

std::optional<ImprovementStatus> ImprovementStateMachine::target(ImprovementStatus from, ImprovementStep step)
{
    using St = ImprovementStatus;
    switch (step) {
    case ImprovementStep::Start:
        return from == St::Open ? std::optional(St::InProgress) : std::nullopt;
    case ImprovementStep::Verify:
        return from == St::InProgress ? std::optional(St::Verified) : std::nullopt;
    case ImprovementStep::Reopen:
        return from == St::Verified ? std::optional(St::InProgress) : std::nullopt;
    case ImprovementStep::Close:
        return from == St::Verified ? std::optional(St::Closed) : std::nullopt;
    }
    return std::nullopt;
}

QList<ImprovementStep> ImprovementStateMachine::allowedSteps(ImprovementStatus from)
{
    QList<ImprovementStep> out;
    for (const auto& s : kSteps)
        if (target(from, s.value))
            out << s.value;
    return out;
}

Status ImprovementStateMachine::apply(ImprovementAction& a, ImprovementStep step, qint64 at)
{
    const auto to = target(a.status, step);
    if (!to)
        return Error::refused(QCoreApplication::translate("Improvement", "%1 is %2: '%3' is not possible now")
                                  .arg(a.number, improvementStatusLabel(a.status), improvementStepLabel(step)));
    if (step == ImprovementStep::Start && a.owner.trimmed().isEmpty())
        return Error::badInput(QCoreApplication::translate("Improvement", "name an owner before work starts"),
                               QStringLiteral("owner"));
    if (step == ImprovementStep::Verify) {
        if (a.rootCause.trimmed().isEmpty())
            return Error::badInput(QCoreApplication::translate("Improvement", "record the root cause before verifying"),
                                   QStringLiteral("root_cause"));
        if (a.correctiveAction.trimmed().isEmpty())
            return Error::badInput(
                QCoreApplication::translate("Improvement", "record the corrective action before verifying"),
                QStringLiteral("corrective_action"));
        if (a.verification.trimmed().isEmpty())
            return Error::badInput(QCoreApplication::translate("Improvement", "say how the fix was verified"),
                                   QStringLiteral("verification"));
    }
    a.status = *to;
    a.updatedAt = at;
    if (step == ImprovementStep::Verify)
        a.verifiedAt = at;
    if (step == ImprovementStep::Reopen)
        a.verifiedAt.reset();
    if (step == ImprovementStep::Close)
        a.closedAt = at;
    return success();
}

bool ImprovementStateMachine::isOverdue(const ImprovementAction& a, qint64 now)
{
    const bool pending = a.status == ImprovementStatus::Open || a.status == ImprovementStatus::InProgress;
    return pending && a.dueAt && now > *a.dueAt;
}

} // namespace ingot
