#pragma once

#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"
#include "core/security/Actor.h"

#include <QList>

namespace ingot {

// Tells a person when a clock of one of their tickets turns at risk or breaches, once per ticket,
// clock and transition. "Their tickets" are the ones assigned to them; for agents also the ones
// they logged (the creator is the actor of the ticket's `create` entry in the audit trail).
// Supervisors and admins may ask for every open ticket instead.
//
// The stored instants (next_at_risk_at, next_due_at) find the few tickets that turned in the last
// `kLookBackSeconds` through their indexes; the clock engine then names the clocks exactly, and each
// notice is recorded in sla_notices in the same step, so later runs, restarts and a second desk of
// the same person stay silent about it.
class SlaNoticeService final {
public:
    // Turns older than this are not announced any more (a desk started in the morning hears about
    // the night, not about last month); the queue still shows them in red.
    static constexpr qint64 kLookBackSeconds = 24 * 3600;
    static constexpr int kLimit = 200;

    SlaNoticeService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Whether the role may hear about every ticket, not only its own.
    static bool mayWatchEveryone(Role role);
    // The scope of a signed-in person; `everyoneWanted` is their setting, honoured only for roles
    // that may use it.
    static SlaNoticeScope scopeFor(const Actor& actor, bool everyoneWanted);

    // The notices not given yet as of now, each recorded as given; earliest due first.
    Result<QList<SlaNotice>> collect(const SlaNoticeScope& scope);

private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace ingot
