#include "gui/common/DomainStyle.h"

namespace ingot {

QColor DomainStyle::stageColor(Stage stage)
{
    // Open work in warm/blue tones that draw the eye, finished work in muted greens and greys.
    switch (stage) {
    case Stage::Reported:
        return QColor(0xd9, 0x48, 0x2b);
    case Stage::Assessed:
        return QColor(0xe0, 0x8a, 0x1e);
    case Stage::Planned:
        return QColor(0xb0, 0x8d, 0x12);
    case Stage::InProgress:
        return QColor(0x1f, 0x6f, 0xc5);
    case Stage::WaitingCustomer:
        return QColor(0x7b, 0x5c, 0xb8);
    case Stage::Resolved:
        return QColor(0x2e, 0x8b, 0x57);
    case Stage::Feedback:
        return QColor(0x3a, 0x9d, 0x8f);
    case Stage::Surveyed:
        return QColor(0x4f, 0x8f, 0x3a);
    case Stage::Closed:
        return QColor(0x6b, 0x72, 0x80);
    case Stage::Cancelled:
        return QColor(0x9c, 0xa3, 0xaf);
    }
    return QColor(Qt::gray);
}

QColor DomainStyle::stageTextColor(Stage)
{
    return QColor(Qt::white);
}

QColor DomainStyle::priorityColor(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return QColor(0xc6, 0x28, 0x28);
    case Priority::P2:
        return QColor(0xd9, 0x6c, 0x06);
    default:
        return {};
    }
}

bool DomainStyle::priorityIsBold(Priority priority)
{
    return priority == Priority::P1;
}

QString DomainStyle::stagePillStyleSheet(Stage stage)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 8px; }")
        .arg(stageColor(stage).name(), stageTextColor(stage).name());
}

}  // namespace ingot
