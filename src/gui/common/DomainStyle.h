#pragma once

#include "core/tickets/TicketTypes.h"

#include <QColor>

namespace ingot {

// The colours the desk gives stages and priorities, in one place so that the queue, the detail
// pane and later the SLA board agree.
class DomainStyle final {
public:
    static QColor stageColor(Stage stage);
    static QColor stageTextColor(Stage stage);
    static QColor priorityColor(Priority priority);  // invalid when the default text colour fits
    static bool priorityIsBold(Priority priority);
    // "background: ...; color: ..." for a QLabel shown as a pill.
    static QString stagePillStyleSheet(Stage stage);
};

}  // namespace ingot
