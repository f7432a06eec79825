#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ingot {

// Whole-file work on a desk database: online backup, restore, and the health check. Everything
// here reads or writes through SQLite itself (the backup API), never by copying bytes of a file
// that another desk may be writing.
class SqliteMaintenance final {
public:
    struct BackupOptions {
        bool force = false;  // replace an existing target file
        bool verify = true;  // quick_check the copy before it takes the target's name
    };
    // A consistent copy of `databasePath` at `target`, taken while desks keep working. The copy is
    // written beside the target under a temporary name and renamed into place when complete, so
    // `target` is either absent, the old file, or a whole backup.
    static Status backup(const QString& databasePath, const QString& target, const BackupOptions& options);

    struct CandidateInfo {
        int schemaVersion = 0;
        qint64 tickets = 0;
    };
    // Whether `candidate` may replace a desk database: readable, intact, IngotDesk's, and not from
    // a newer program. Read-only: the candidate is never changed.
    static Result<CandidateInfo> inspectCandidate(const QString& candidate);

    struct RestoreResult {
        QString keptCopy;  // where the replaced database was copied first (empty: there was none)
        CandidateInfo restored;
    };
    // Replaces the contents of `databasePath` with `candidate` after inspecting it: the current
    // database is first copied to `<db>.before-restore-<UTC yyyyMMddHHmmss>`; then the candidate's
    // pages are written into the live database in ONE write transaction (SQLite's backup API), so
    // other desks see either the old or the restored database, never a mix.
    static Result<RestoreResult> restore(const QString& databasePath, const QString& candidate, qint64 nowUtc);

    struct CheckReport {
        QString path;
        QStringList integrity;       // "ok", or the problems integrity_check names
        qint64 foreignKeyProblems = 0;
        QStringList foreignKeySamples;  // a few "table rowid -> parent" lines
        bool applicationIdOk = true;
        int schemaVersion = 0;
        int programSchema = 0;
        bool auditPresent = false;
        qint64 auditChecked = 0;
        std::optional<AuditEntry> auditFirstBad;
        QString auditReason;

        bool integrityOk() const { return integrity == QStringList{QStringLiteral("ok")}; }
        bool schemaOk() const { return schemaVersion == programSchema; }
        bool auditOk() const { return !auditFirstBad; }
        bool ok() const { return integrityOk() && foreignKeyProblems == 0 && applicationIdOk && schemaOk() && auditOk(); }
    };
    // Reads the whole file (read-only): PRAGMA integrity_check, foreign_key_check, the schema
    // version against this program, and the audit chain. Refused only when the file cannot be
    // read at all; problems found are in the report.
    static Result<CheckReport> check(const QString& databasePath);

    static QString keptCopyPath(const QString& databasePath, qint64 nowUtc);
};

}  // namespace ingot
