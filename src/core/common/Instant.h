#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace ingot {

// Reading and writing instants (UTC epoch seconds) as ISO 8601 in the desk's local zone.
// The zone is Asia/Shanghai unless configured otherwise; text without an offset is local.
class Instant {
public:
    static const QTimeZone& localZone();
    static void setLocalZone(const QTimeZone& zone);

    // Accepts "2026-10-09T17:00:00+08:00", "2026-10-09T09:00:00Z", "2026-10-09 17:00[:00]" (local)
    // and "2026-10-09" (local midnight).
    static Result<qint64> parse(const QString& text);
    // A calendar date "2026-10-01" (holidays, date cells of imports): one parser and one message for
    // every place that reads one.
    static Result<QDate> parseDate(const QString& text);
    // "2026-10-09T17:00:00+08:00"
    static QString format(qint64 epochSeconds);
    // "2026-10-09 17:00" for people.
    static QString formatShort(qint64 epochSeconds);
};

}  // namespace ingot
