#pragma once

#include "core/common/Clock.h"
#include "core/quality/ImprovementAction.h"
#include "core/quality/RecurrenceDetector.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Finds recurring problems in the stored tickets and turns them into improvement actions.
class RecurrenceService final {
public:
    RecurrenceService(Store& store, const Clock& clock, RecurrenceRules rules = {});

    struct Finding {
        RecurrenceCluster cluster;
        QString trackedBy;     // the open improvement action for this signature, if any
        QStringList untracked; // tickets of the cluster not yet linked to it
    };
    Result<QList<Finding>> detect(std::optional<qint64> now = std::nullopt);

    struct Proposal {
        QList<ImprovementAction> created; // one per untracked cluster
        QStringList updated;              // tracked actions that got new tickets linked
    };
    // Proposes an improvement action for every recurring problem nobody tracks yet (due in
    // `dueInDays` days, no owner yet), and links new tickets of tracked ones to their action.
    Result<Proposal> propose(std::optional<qint64> now, const QString& actor, int dueInDays = 30);

    // "Recurring packaging complaints: customer C0001, 3 tickets in 90 days", in the user's language.
    QString titleFor(const RecurrenceCluster& cluster) const;
    const RecurrenceRules& rules() const { return m_rules; }

private:
    Store& m_store;
    const Clock& m_clock;
    RecurrenceRules m_rules;
};

} // namespace ingot
