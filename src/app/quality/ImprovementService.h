#pragma once

#include "core/common/Clock.h"
#include "core/quality/ImprovementStateMachine.h"
#include "core/repositories/Repositories.h"

namespace ingot {

// Improvement actions from proposal to verified fix: create, edit the analysis (root cause,
// corrective action, owner, due date, verification), move through the statuses, link tickets.
// Every change is one transaction and leaves an entry in the action's history.
class ImprovementService final {
public:
    ImprovementService(Store& store, const Clock& clock);

    // Numbers it, stores it with its linked tickets, history "created".
    Result<ImprovementAction> create(ImprovementAction draft, const QString& actor);
    // Stores the editable fields of `edited` (title, root cause, corrective action, owner, due
    // date, verification), refusing it if the action changed since `edited.version`.
    Result<ImprovementAction> save(const ImprovementAction& edited, const QString& actor);
    Result<ImprovementAction> step(const QString& number, ImprovementStep step, const QString& note,
                                   const QString& actor, std::optional<int> expectedVersion = std::nullopt);
    Result<ImprovementAction> link(const QString& number, const QStringList& ticketNos, const QString& actor);

    Result<ImprovementAction> find(const QString& number);
    Result<QList<ImprovementAction>> list(bool includeClosed);
    Result<QList<ImprovementRepository::HistoryEntry>> history(const ImprovementAction& action);
    bool isOverdue(const ImprovementAction& action) const;

private:
    Status validate(const ImprovementAction& action) const;

    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
