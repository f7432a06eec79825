#pragma once

#include "core/common/Result.h"
#include "storage/postgres/PostgresSettings.h"

#include <QList>
#include <QStringList>

namespace ingot {

// Copies a SQLite desk into an empty PostgreSQL database (`ingotdesk-cli migrate-to`): every table
// the two schemas share, parents before children, in one transaction; identity sequences moved past
// the copied ids; then the rows of every table counted on both sides, and the ticket numbers with
// their event counts compared by checksum. Only when everything matches is the copy committed.
//
// Generic SQL table by table rather than the repositories: it copies what the schema holds (audit
// trail, policies, users …) without a repository for each, and stays correct as tables are added.
class SqliteToPostgres final {
public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report {
        QString source;  // the SQLite file
        QString target;  // the address, without password
        int schemaVersion = 0;
        QList<TableCount> tables;  // in the order they were copied
        QStringList skipped;       // SQLite-only tables: its search index
        qint64 tickets = 0;
        qint64 events = 0;
        QString sourceChecksum;  // ticket numbers with their event counts
        QString targetChecksum;
        qint64 elapsedMs = 0;
    };

    // Refused when the target holds desk data already, or when the two schemas differ after both
    // were brought up to date. The SQLite file is migrated first when older (copied aside, as always).
    static Result<Report> copy(const QString& sqlitePath, const PostgresSettings& target);
};

}  // namespace ingot
