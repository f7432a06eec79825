#pragma once

#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"

#include <QJsonObject>
#include <QString>

namespace ingot {

// Records one change in the audit trail as the store's current actor (Store::actor()). Call it
// inside the Store::write() that makes the change, so the entry and the change commit together.
class AuditTrail final {
public:
    static Status record(Store& store, const Clock& clock, const QString& entity, const QString& entityId,
                         const QString& action, const QJsonObject& detail = {});
    // The compact JSON text stored as an entry's detail (keys sorted, so equal objects hash equally).
    static QString detailText(const QJsonObject& detail);
};

}  // namespace ingot
