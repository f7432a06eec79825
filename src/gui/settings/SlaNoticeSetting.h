#pragma once

namespace ingot {

// Whether this desk's supervisor or admin wants SLA notices about every ticket rather than only
// their own (SlaNoticeService::scopeFor honours it for those roles only). Kept in QSettings.
class SlaNoticeSetting final {
public:
    static bool everyone();
    static void setEveryone(bool everyone);
};

} // namespace ingot
