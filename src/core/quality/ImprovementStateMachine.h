#pragma once

#include "core/common/Result.h"
#include "core/quality/ImprovementAction.h"

#include <QList>

namespace ingot {

enum class ImprovementStep {
    Start,  // open -> in_progress: someone owns it
    Verify, // in_progress -> verified: the fix is shown to work
    Reopen, // verified -> in_progress: the verification did not hold
    Close,  // verified -> closed
};

QString improvementStepKey(ImprovementStep);
std::optional<ImprovementStep> parseImprovementStep(const QString&);
QString improvementStepLabel(ImprovementStep);

// The rules of an improvement action's life. Pure: tested without storage.
class ImprovementStateMachine final {
public:
    static std::optional<ImprovementStatus> target(ImprovementStatus from, ImprovementStep step);
    static QList<ImprovementStep> allowedSteps(ImprovementStatus from);
    // Checks the step against the status and the fields it needs (an owner to start; root cause,
    // corrective action and verification to verify) and applies it at `at`.
    static Status apply(ImprovementAction& action, ImprovementStep step, qint64 at);
    // Not yet verified and past its due date.
    static bool isOverdue(const ImprovementAction& action, qint64 now);
};

} // namespace ingot
