#pragma once

#include "core/common/Result.h"
#include "core/repositories/Repositories.h"
#include "storage/postgres/PostgresSettings.h"

#include <QString>
#include <memory>

namespace ingot {

// The one place that turns a database setting into a Store: a file path opens SQLite, an address
// postgresql://user@host[:port]/dbname opens PostgreSQL. The CLI, the desk and its background
// threads all open their connections here, so both backends are chosen by the same setting.
//
// The PostgreSQL password never travels in the setting: it comes from the password file named with
// setPasswordFile() (read again on every connection, so it is not kept in memory between them), or
// from libpq's own sources ($PGPASSWORD, $PGPASSFILE, ~/.pgpass).
class StoreOpener final {
public:
    enum class Backend { Sqlite, Postgres };

    struct Options {
        bool create = false;   // SQLite: create a missing file (PostgreSQL databases are made by their administrator)
        bool migrate = true;   // bring an older schema up to date
        bool readOnly = false;  // SQLite only
    };

    struct Opened {
        std::unique_ptr<Store> store;
        Backend backend = Backend::Sqlite;
        int schemaVersion = 0;
    };

    static Backend backendOf(const QString& setting);
    static bool isPostgres(const QString& setting) { return backendOf(setting) == Backend::Postgres; }

    // The password file for every PostgreSQL connection this process opens (--db-password-file);
    // empty: libpq's own sources. Background threads open their own connections with it too.
    static void setPasswordFile(const QString& path);
    static QString passwordFile();

    // The address parsed, with the password from the password file when one is set. Bad input for
    // an address that is not one, or that carries a password.
    static Result<PostgresSettings> postgresSettings(const QString& setting);
    // A file path made absolute; an address without any password. For titles, status bars and logs.
    static QString displayName(const QString& setting);
    // Refuses a PostgreSQL address for `what` (backup, restore, check…), which works on a SQLite file.
    static Status requireFile(const QString& setting, const QString& what);

    static Result<Opened> open(const QString& setting, const Options& options);
    // For background threads: the desk's store already created and migrated the database.
    static Result<std::unique_ptr<Store>> openExisting(const QString& setting);
};

}  // namespace ingot
