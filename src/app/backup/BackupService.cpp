#include "app/backup/BackupService.h"

#include "app/audit/AuditTrail.h"
#include "core/common/Instant.h"
#include "storage/sqlite/maintenance/SqliteMaintenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

QDate localDay(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, Instant::localZone()).date();
}
}  // namespace

Result<int> BackupService::keepDays(Store& store)
{
    auto stored = store.customerRecords().settings().value(keepDaysKey());
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return kDefaultKeepDays;
    bool ok = false;
    const int days = (*stored)->toInt(&ok);
    return ok && days >= 0 ? days : kDefaultKeepDays;
}

Status BackupService::setKeepDays(Store& store, const Clock& clock, int days)
{
    if (days < 0 || days > 3650)
        return Error::badInput(Text::tr("backups are kept from 0 (off) to 3650 days"), keepDaysKey());
    return store.write([&]() -> Status {
        if (auto st = store.customerRecords().settings().setValue(keepDaysKey(), QString::number(days)); !st)
            return st;
        return AuditTrail::record(store, clock, QStringLiteral("setting"), keepDaysKey(), QStringLiteral("set"),
                                  {{QStringLiteral("value"), days}});
    });
}

QString BackupService::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QString BackupService::fileNameFor(qint64 now)
{
    return QStringLiteral("ingotdesk-%1.db").arg(localDay(now).toString(QStringLiteral("yyyyMMdd")));
}

Result<BackupService::Outcome> BackupService::runDaily(const QString& dbPath, const QString& folder, qint64 now,
                                                        int keepDays)
{
    Outcome out;
    if (keepDays <= 0)
        return out;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error::refused(Text::tr("Cannot create the backup folder %1").arg(folder));
    const QString today = dir.filePath(fileNameFor(now));
    if (!QFileInfo::exists(today)) {
        if (auto st = SqliteMaintenance::backup(dbPath, today, {false, true}); !st)
            return st.error();
        out.created = today;
    }
    // Retention: today and the keepDays - 1 days before it.
    const QDate oldestKept = localDay(now).addDays(-(keepDays - 1));
    static const QRegularExpression daily(QStringLiteral("^ingotdesk-(\\d{8})\\.db$"));
    for (const QString& name : dir.entryList({QStringLiteral("ingotdesk-*.db")}, QDir::Files)) {
        const auto m = daily.match(name);
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
        if (day.isValid() && day < oldestKept && dir.remove(name))
            out.removed << dir.filePath(name);
    }
    if (!out.created.isEmpty() || !out.removed.isEmpty())
        spdlog::info("daily backup: created '{}', removed {} old", out.created.toStdString(), out.removed.size());
    return out;
}

}  // namespace ingot
