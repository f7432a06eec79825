#pragma once

#include "core/common/Result.h"

#include <QString>

namespace ingot {

class SqliteConnection;

// Numbered schema migrations (PRAGMA user_version). Each runs in its own write transaction together
// with the version bump; the file is copied aside before the first one runs.
class Migrator final {
public:
    static int latestVersion();

    // Refuses a file from a newer program or a file that is not ours, without writing to it.
    static Result<int> check(SqliteConnection& connection);
    // Brings the schema from `fromVersion` to `targetVersion` (default: latest).
    static Status migrate(SqliteConnection& connection, int fromVersion, int targetVersion = -1);
    // Where the copy made before migrating from `fromVersion` goes.
    static QString backupPathFor(const QString& databasePath, int fromVersion);
};

}  // namespace ingot
