#pragma once

#include "core/common/Result.h"
#include "core/security/Actor.h"
#include "core/security/Permission.h"

namespace ingot {

// The one place the services ask whether the store's actor may do something. Enforced below every
// user interface: the desk greys out buttons only as a courtesy, the services refuse anyway.
class Authorizer final {
public:
    static bool allows(const Actor& actor, Permission permission);
    // Refused (exit 3 in the CLI) with "LOGIN may not DO THIS (role ROLE)", translated.
    static Status require(const Actor& actor, Permission permission);
    // The same sentence, for tooltips of disabled buttons.
    static QString refusal(const Actor& actor, Permission permission);
};

}  // namespace ingot
