#include "app/audit/AuditTrail.h"

#include <QJsonDocument>

namespace ingot {

QString AuditTrail::detailText(const QJsonObject& detail)
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

Status AuditTrail::record(Store& store, const Clock& clock, const QString& entity, const QString& entityId,
                          const QString& action, const QJsonObject& detail)
{
    AuditEntry e;
    e.at = clock.now();
    e.actor = store.actor().login;
    e.localAdmin = store.actor().localAdmin;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.detail = detailText(detail);
    return store.audit().append(e);
}

}  // namespace ingot
