#pragma once

#include "core/dispatch/DispatchCandidate.h"
#include "core/dispatch/DispatchRanking.h"
#include "core/dispatch/DispatchRules.h"

#include <QCoreApplication>

namespace ingot {

// Ranks technicians for a ticket (智能派单). Pure: the same facts, candidates, rules and `now`
// always give the same ranking, explained factor by factor.
//
// Order: technicians who meet the priority's level first, then by score (the sum of the rules'
// points), then fewer open tickets, higher certification, and login, so that equal candidates
// still come out in a stable order and the tie is said in words.
class DispatchEngine final {
public:
    static DispatchRanking rank(const DispatchTicketFacts& ticket, const QList<DispatchCandidate>& candidates,
                                const DispatchRules& rules, qint64 now);

    Q_DECLARE_TR_FUNCTIONS(ingot::DispatchEngine)
};

} // namespace ingot
