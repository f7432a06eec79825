#pragma once

#include "core/repositories/SlaRepositories.h"

#include <QList>
#include <QString>

namespace ingot {

// The tray balloon for SLA notices: a title that says whether something breached, and one line per
// ticket clock ("T2026-000123 response: at risk, due 06-01 12:00"), the first few only.
class SlaNoticeMessage final {
public:
    static constexpr int kMaxLines = 5;

    static QString title(const QList<SlaNotice>& notices);
    static QString body(const QList<SlaNotice>& notices);
    static QString line(const SlaNotice& notice);
    static bool anyBreached(const QList<SlaNotice>& notices);
};

} // namespace ingot
