#include "storage/sqlite/maintenance/SqliteMaintenance.h"

#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/SqliteDialect.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/audit/SqlAuditRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Maintenance)
};

constexpr int kBusyTimeoutMs = 5000;

// A native connection closed when it goes out of scope.
class NativeDb final {
public:
    NativeDb() = default;
    ~NativeDb() { close(); }
    NativeDb(const NativeDb&) = delete;
    NativeDb& operator=(const NativeDb&) = delete;

    int open(const QString& path, int flags)
    {
        close();
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_h, flags, nullptr);
        if (m_h)
            sqlite3_busy_timeout(m_h, kBusyTimeoutMs);
        return rc;
    }
    void close()
    {
        if (m_h)
            sqlite3_close_v2(m_h);
        m_h = nullptr;
    }
    sqlite3* h() const { return m_h; }
    QString message() const { return m_h ? QString::fromUtf8(sqlite3_errmsg(m_h)) : QString(); }

    // First column of the first row of `sql`; the result code is in `rc`.
    QVariant scalar(const char* sql, int& rc) const
    {
        sqlite3_stmt* s = nullptr;
        rc = sqlite3_prepare_v2(m_h, sql, -1, &s, nullptr);
        QVariant out;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(s);
            if (rc == SQLITE_ROW) {
                out = sqlite3_column_type(s, 0) == SQLITE_INTEGER
                          ? QVariant(static_cast<qint64>(sqlite3_column_int64(s, 0)))
                          : QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))));
                rc = SQLITE_OK;
            } else if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3* m_h = nullptr;
};

// A message for people from an SQLite result code met while working on `path`.
Error errorFor(int rc, const QString& path, const QString& detail)
{
    spdlog::warn("sqlite maintenance on {}: [{}] {}", path.toStdString(), rc, detail.toStdString());
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::refused(Text::tr("The database %1 is busy (another desk or a backup is writing); try again.").arg(path));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::refused(Text::tr("%1 cannot be written (read-only file or folder); nothing was changed.").arg(path));
    case SQLITE_FULL:
        return Error::refused(Text::tr("The disk holding %1 is full; nothing was changed. Free some space and try again.").arg(path));
    case SQLITE_CANTOPEN:
        return Error::refused(Text::tr("Cannot open %1 (missing folder, or no permission).").arg(path));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::refused(Text::tr("%1 is damaged or not a database file.").arg(path));
    case SQLITE_IOERR:
        return Error::refused(Text::tr("Reading or writing %1 failed (%2).").arg(path, detail));
    default:
        return Error::internal(Text::tr("SQLite error on %1: %2").arg(path, detail));
    }
}

// Opens an existing database for reading, read-write when allowed (a WAL database is read
// through its shared-memory file) and read-only otherwise. Never creates the file.
int openExisting(NativeDb& db, const QString& path)
{
    int rc = db.open(path, SQLITE_OPEN_READWRITE);
    if (rc != SQLITE_OK)
        rc = db.open(path, SQLITE_OPEN_READONLY);
    return rc;
}

// Copies every page of `from` into `to` in one step: one read transaction on the source (a
// consistent snapshot while writers go on in WAL mode) and one write transaction on the target.
int copyPages(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    QDeadlineTimer deadline(kBusyTimeoutMs * 2);
    for (;;) {
        rc = sqlite3_backup_step(b, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !deadline.hasExpired()) {
            QThread::msleep(50);
            continue;
        }
        break;
    }
    const int finished = sqlite3_backup_finish(b);
    if (rc == SQLITE_DONE)
        return finished == SQLITE_OK ? SQLITE_OK : finished;
    return rc;
}

QString utcStamp(qint64 nowUtc)
{
    return QDateTime::fromSecsSinceEpoch(nowUtc, QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss"));
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}
}  // namespace

QString SqliteMaintenance::keptCopyPath(const QString& databasePath, qint64 nowUtc)
{
    return QStringLiteral("%1.before-restore-%2").arg(databasePath, utcStamp(nowUtc));
}

Status SqliteMaintenance::backup(const QString& databasePath, const QString& target, const BackupOptions& options)
{
    const QFileInfo source(databasePath);
    if (!source.exists() || source.isDir())
        return Error::refused(Text::tr("The database %1 does not exist; there is nothing to back up.").arg(databasePath));
    const QFileInfo to(target);
    if (to.isDir())
        return Error::badInput(Text::tr("%1 is a folder; name the backup file").arg(target));
    if (to.exists() && !options.force)
        return Error::refused(Text::tr("%1 already exists; choose another name, or add --force to replace it.").arg(target));
    if (to.absoluteFilePath() == source.absoluteFilePath())
        return Error::badInput(Text::tr("the backup cannot replace the database itself"));

    NativeDb src;
    if (int rc = openExisting(src, databasePath); rc != SQLITE_OK)
        return errorFor(rc, databasePath, src.message());
    int rc = SQLITE_OK;
    const QVariant appId = src.scalar("PRAGMA application_id", rc);
    if (rc != SQLITE_OK)
        return errorFor(rc, databasePath, src.message());
    if (appId.toLongLong() != SqliteDialect::kApplicationId)
        return Error::refused(Text::tr("%1 is not an IngotDesk database; nothing was backed up.").arg(databasePath));

    // Written under a temporary name and renamed when whole: an interrupted backup never leaves a
    // half file under the name the operator gave.
    const QString partial = target + QStringLiteral(".partial");
    removeWithSidecars(partial);
    {
        NativeDb dst;
        if (rc = dst.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); rc != SQLITE_OK) {
            const Error e = errorFor(rc, target, dst.message());
            dst.close();
            removeWithSidecars(partial);
            return e;
        }
        rc = copyPages(src.h(), dst.h());
        if (rc == SQLITE_OK)  // a backup is one self-contained file, not a WAL database
            (void)dst.scalar("PRAGMA journal_mode=DELETE", rc);
        if (rc == SQLITE_OK && options.verify) {
            const QVariant quick = dst.scalar("PRAGMA quick_check", rc);
            if (rc == SQLITE_OK && quick.toString() != QLatin1String("ok"))
                rc = SQLITE_CORRUPT;
        }
        if (rc != SQLITE_OK) {
            const QString detail = dst.message();
            dst.close();
            removeWithSidecars(partial);
            // Which side failed: a busy or damaged source, or a full or read-only target.
            const int primary = rc & 0xff;
            const bool sourceSide = primary == SQLITE_BUSY || primary == SQLITE_LOCKED ||
                                    (primary == SQLITE_CORRUPT && !options.verify);
            return errorFor(rc, sourceSide ? databasePath : target, detail);
        }
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        removeWithSidecars(partial);
        return Error::refused(Text::tr("Could not put the backup in place as %1.").arg(target));
    }
    spdlog::info("backed up {} to {}", databasePath.toStdString(), target.toStdString());
    return success();
}

Result<SqliteMaintenance::CandidateInfo> SqliteMaintenance::inspectCandidate(const QString& candidate)
{
    const QFileInfo info(candidate);
    if (!info.exists() || info.isDir())
        return Error::badInput(Text::tr("%1 does not exist or is not a file").arg(candidate));
    NativeDb db;
    if (int rc = db.open(candidate, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return errorFor(rc, candidate, db.message());
    int rc = SQLITE_OK;
    const QVariant appId = db.scalar("PRAGMA application_id", rc);
    if (rc != SQLITE_OK)
        return errorFor(rc, candidate, db.message());
    if (appId.toLongLong() != SqliteDialect::kApplicationId)
        return Error::refused(Text::tr("%1 is not an IngotDesk database; nothing was restored.").arg(candidate));
    CandidateInfo out;
    out.schemaVersion = static_cast<int>(db.scalar("PRAGMA user_version", rc).toLongLong());
    if (rc != SQLITE_OK)
        return errorFor(rc, candidate, db.message());
    if (out.schemaVersion > Migrator::latestVersion())
        return Error::refused(Text::tr("%1 was written by a newer IngotDesk (schema %2; this program knows up to %3); "
                                       "nothing was restored.")
                                  .arg(candidate)
                                  .arg(out.schemaVersion)
                                  .arg(Migrator::latestVersion()));
    const QVariant integrity = db.scalar("PRAGMA integrity_check(1)", rc);
    if (rc != SQLITE_OK || integrity.toString() != QLatin1String("ok"))
        return Error::refused(Text::tr("%1 failed the integrity check (%2); nothing was restored.")
                                  .arg(candidate, rc != SQLITE_OK ? db.message() : integrity.toString()));
    out.tickets = db.scalar("SELECT count(*) FROM tickets", rc).toLongLong();
    return out;
}

Result<SqliteMaintenance::RestoreResult> SqliteMaintenance::restore(const QString& databasePath, const QString& candidate,
                                                                     qint64 nowUtc)
{
    if (QFileInfo(candidate).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error::badInput(Text::tr("a database cannot be restored from itself"));
    auto inspected = inspectCandidate(candidate);
    if (!inspected)
        return inspected.error();
    RestoreResult out;
    out.restored = *inspected;

    if (!QFileInfo::exists(databasePath)) {
        if (auto st = backup(candidate, databasePath, {false, true}); !st)
            return st.error();
        return out;
    }

    // Keep what is replaced. A live database is copied through SQLite; one too damaged for that is
    // copied byte for byte (with its WAL), which is all that can be kept of it.
    out.keptCopy = keptCopyPath(databasePath, nowUtc);
    NativeDb live;
    int rc = openExisting(live, databasePath);
    bool liveReadable = false;
    if (rc == SQLITE_OK) {
        (void)live.scalar("SELECT count(*) FROM sqlite_schema", rc);
        liveReadable = rc == SQLITE_OK;
    }
    const int liveError = rc;
    if (liveReadable) {
        if (auto kept = backup(databasePath, out.keptCopy, {false, false}); !kept)
            return Error::refused(Text::tr("Could not keep a copy of %1 before restoring (%2); nothing was changed.")
                                      .arg(databasePath, kept.error().message));
    } else {
        const int primary = liveError & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return errorFor(liveError, databasePath, live.message());
        live.close();
        if (!QFile::copy(databasePath, out.keptCopy))
            return Error::refused(Text::tr("Could not keep a copy of %1 before restoring; nothing was changed.").arg(databasePath));
        if (QFileInfo::exists(databasePath + QStringLiteral("-wal")))
            QFile::copy(databasePath + QStringLiteral("-wal"), out.keptCopy + QStringLiteral("-wal"));
    }

    if (liveReadable) {
        // One write transaction on the live file: every desk sees the old database or the
        // restored one, and the busy timeout applies like any other write.
        NativeDb src;
        if (rc = src.open(candidate, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
            return errorFor(rc, candidate, src.message());
        rc = copyPages(src.h(), live.h());
        if (rc != SQLITE_OK)
            return errorFor(rc, databasePath, live.message());
        (void)live.scalar("PRAGMA wal_checkpoint(TRUNCATE)", rc);
    } else {
        // Nobody can be using a file SQLite cannot read: replace it by rename, which is atomic.
        const QString fresh = databasePath + QStringLiteral(".restoring");
        if (auto st = backup(candidate, fresh, {true, true}); !st)
            return st.error();
        QFile::remove(databasePath + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
        if (std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(databasePath).constData()) != 0) {
            QFile::remove(fresh);
            return Error::refused(Text::tr("Could not put the restored database in place as %1.").arg(databasePath));
        }
    }
    spdlog::info("restored {} from {} (previous copy kept as {})", databasePath.toStdString(), candidate.toStdString(),
                 out.keptCopy.toStdString());
    return out;
}

Result<SqliteMaintenance::CheckReport> SqliteMaintenance::check(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    if (!info.exists() || info.isDir())
        return Error::refused(Text::tr("The database %1 does not exist.").arg(databasePath));
    auto opened = SqliteConnection::open(databasePath, false, true);
    if (!opened)
        return opened.error();
    SqliteConnection& c = **opened;
    CheckReport r;
    r.path = databasePath;
    r.programSchema = Migrator::latestVersion();

    auto appId = c.scalar(SqliteDialect::applicationIdQuery());
    if (!appId)
        return Error::refused(Text::tr("%1 cannot be read: %2").arg(databasePath, appId.error().message));
    r.applicationIdOk = appId->toInt() == SqliteDialect::kApplicationId;
    r.schemaVersion = c.scalar(SqliteDialect::schemaVersionQuery()).value().toInt();

    {
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
            r.integrity << c.errorFrom(q, Text::tr("checking integrity")).message;
        while (q.next())
            r.integrity << q.value(0).toString();
        q.finish();
    }
    {
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            r.foreignKeyProblems = -1;
            r.foreignKeySamples << c.errorFrom(q, Text::tr("checking references")).message;
        }
        while (q.next()) {
            ++r.foreignKeyProblems;
            if (r.foreignKeySamples.size() < 5)
                r.foreignKeySamples << QStringLiteral("%1 row %2 -> %3")
                                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        }
        q.finish();
        if (r.foreignKeyProblems < 0)
            r.foreignKeyProblems = 1;
    }

    auto audit = c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'"));
    r.auditPresent = audit && audit->toInt() == 1;
    if (r.auditPresent) {
        SqlAuditRepository repository(c);
        auto verified = repository.verify();
        if (!verified) {
            AuditEntry unreadable;
            r.auditFirstBad = unreadable;
            r.auditReason = verified.error().message;
        } else {
            r.auditChecked = verified->checked;
            r.auditFirstBad = verified->firstBad;
            r.auditReason = verified->reason;
        }
    }
    return r;
}

}  // namespace ingot
