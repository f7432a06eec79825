#pragma once

#include <QString>

class QCoreApplication;

namespace ingot {

// Loads the desk's translation (embedded under :/i18n) and Qt's own for standard dialogs and
// buttons, for "zh_CN" or "en". Call before any widget exists.
class Translations final {
public:
    // False when the desk's own translation is missing (the English source text is shown then).
    static bool install(QCoreApplication& app, const QString& language);
    // Removes what install() added, so that another language can be installed in the same process
    // (a language switch, or tests of both languages).
    static void uninstall(QCoreApplication& app);
    // The language scripts get: $INGOTDESK_LANG ("zh_CN"/"en") when set, else the system locale's
    // (LANG=zh_CN.UTF-8 -> Chinese), so a cron job prints in its operator's language.
    static QString forEnvironment();
};

}  // namespace ingot
