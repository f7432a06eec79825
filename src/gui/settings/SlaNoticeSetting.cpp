#include "gui/settings/SlaNoticeSetting.h"

#include <QSettings>

namespace ingot {

namespace {
const QString kKey = QStringLiteral("sla/noticesForEveryTicket");
}

bool SlaNoticeSetting::everyone()
{
    return QSettings().value(kKey, false).toBool();
}

void SlaNoticeSetting::setEveryone(bool everyone)
{
    QSettings().setValue(kKey, everyone);
}

} // namespace ingot
