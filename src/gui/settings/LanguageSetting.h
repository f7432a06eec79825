#pragma once

#include <QString>

namespace ingot {

// The desk's language: "zh_CN" or "en", or empty for "follow the system". Stored in QSettings and
// read once at start-up: widgets are built in one language and a change applies on restart.
class LanguageSetting final {
public:
    static QString saved();
    static void save(const QString& language);
    // "zh", "zh_CN", "zh-CN", "中文" -> "zh_CN"; "en", "en_US" -> "en"; anything else -> "".
    static QString normalize(const QString& language);
    // What to load now: the command line's choice, else the saved one, else the system locale's.
    static QString resolve(const QString& commandLine);
};

}  // namespace ingot
