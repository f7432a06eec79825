#pragma once

#include "core/customers/CustomerTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// One change of a customer's tier, in the customer's append-only tier history: a monthly
// recomputation that moved it, or an admin's override (set or cleared) with the reason.
struct TierEvent {
    enum class Kind { Recompute, Override, ClearOverride };

    qint64 id = 0;
    QString customerCode;
    qint64 at = 0;
    QString actor;
    Kind kind = Kind::Recompute;
    Tier from = Tier::C;     // the effective tier before
    Tier to = Tier::C;       // the effective tier after
    Tier computed = Tier::C; // what the rule gives, whatever the override says
    QString reason;

    static QString kindKey(Kind kind); // recompute, override, clear_override
    static std::optional<Kind> parseKind(const QString& key);
    static QString kindLabel(Kind kind);
};

} // namespace ingot
