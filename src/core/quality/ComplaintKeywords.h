#pragma once

#include "core/quality/KeywordCounter.h"

#include <QMetaType>

namespace ingot {

// The most frequent terms of the complaints reported in a span (a local month for the board and the
// KPI report), with how many complaints were read, so that a count can be shown as a share.
struct ComplaintKeywords {
    qint64 from = 0; // first instant counted, UTC epoch seconds
    qint64 to = 0;   // last instant counted (inclusive)
    qint64 complaints = 0;
    QList<KeywordCounter::Entry> top;

    bool operator==(const ComplaintKeywords&) const = default;
};

} // namespace ingot

Q_DECLARE_METATYPE(ingot::ComplaintKeywords)
