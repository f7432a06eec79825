#pragma once

#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"

#include <QString>
#include <QStringList>

namespace ingot {

// The desk's own daily backups: one file per local day in a folder (by default the app data
// folder's backups/), kept for a number of days (setting backup.keep_days, default 14; 0 turns
// the daily backup off). Online: desks keep working while it runs.
class BackupService final {
public:
    static constexpr int kDefaultKeepDays = 14;
    static QString keepDaysKey() { return QStringLiteral("backup.keep_days"); }

    static Result<int> keepDays(Store& store);
    static Status setKeepDays(Store& store, const Clock& clock, int days);
    static QString defaultFolder();
    // ingotdesk-YYYYMMDD.db, the local day of `now`.
    static QString fileNameFor(qint64 now);

    struct Outcome {
        QString created;      // empty when today's backup already existed (or backups are off)
        QStringList removed;  // backups older than the retention
    };
    // Makes today's backup unless it exists, then removes daily backups older than `keepDays`
    // days. Safe to call often: it does work at most once a day. Run it off the GUI thread.
    static Result<Outcome> runDaily(const QString& dbPath, const QString& folder, qint64 now, int keepDays);
};

}  // namespace ingot
