#pragma once

#include <QString>

namespace ingot {

// Which database the desk opens, chosen in Settings → Connection and applied on the next start:
// a SQLite file or a PostgreSQL address (team mode), and for PostgreSQL a password file. The
// password itself is never stored here.
class DatabaseSetting final {
public:
    struct Choice {
        QString address;       // file path or postgresql://user@host[:port]/dbname
        QString passwordFile;  // PostgreSQL only; empty: libpq's own sources
    };

    static Choice saved();
    static void save(const Choice& choice);
    // --db (with --db-password-file) wins, then $INGOTDESK_DB, then the saved choice, then `fallbackFile`.
    static Choice resolve(const QString& dbOption, const QString& passwordFileOption, const QString& fallbackFile);
    // Empty when the choice can be used; else what is wrong with it, for people.
    static QString problem(const Choice& choice);
};

}  // namespace ingot
