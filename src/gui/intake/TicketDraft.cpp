#include "gui/intake/TicketDraft.h"

#include <QSettings>

namespace ingot {

namespace {
const QString kGroup = QStringLiteral("drafts/newTicket");
}

bool TicketDraft::isEmpty() const
{
    return customerText.trimmed().isEmpty() && customerCode.isEmpty() && reporter.trimmed().isEmpty() &&
           title.trimmed().isEmpty() && description.trimmed().isEmpty();
}

std::optional<TicketDraft> TicketDraft::load(QSettings& settings)
{
    settings.beginGroup(kGroup);
    TicketDraft d;
    d.customerCode = settings.value(QStringLiteral("customerCode")).toString();
    d.customerText = settings.value(QStringLiteral("customerText")).toString();
    d.orderNo = settings.value(QStringLiteral("orderNo")).toString();
    d.category = settings.value(QStringLiteral("category")).toString();
    d.priority = settings.value(QStringLiteral("priority")).toString();
    d.channel = settings.value(QStringLiteral("channel")).toString();
    d.reporter = settings.value(QStringLiteral("reporter")).toString();
    d.title = settings.value(QStringLiteral("title")).toString();
    d.description = settings.value(QStringLiteral("description")).toString();
    d.savedAt = settings.value(QStringLiteral("savedAt")).toLongLong();
    settings.endGroup();
    if (d.isEmpty())
        return std::nullopt;
    return d;
}

void TicketDraft::save(QSettings& settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("customerCode"), customerCode);
    settings.setValue(QStringLiteral("customerText"), customerText);
    settings.setValue(QStringLiteral("orderNo"), orderNo);
    settings.setValue(QStringLiteral("category"), category);
    settings.setValue(QStringLiteral("priority"), priority);
    settings.setValue(QStringLiteral("channel"), channel);
    settings.setValue(QStringLiteral("reporter"), reporter);
    settings.setValue(QStringLiteral("title"), title);
    settings.setValue(QStringLiteral("description"), description);
    settings.setValue(QStringLiteral("savedAt"), savedAt);
    settings.endGroup();
}

void TicketDraft::clear(QSettings& settings)
{
    settings.remove(kGroup);
}

}  // namespace ingot
