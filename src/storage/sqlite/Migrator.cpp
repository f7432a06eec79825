#include "storage/sqlite/Migrator.h"

#include "storage/sqlite/SqliteDialect.h"
#include "storage/sqlite/SqliteConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Migration scripts are resources named NNNN_what.sql. Version N is the script numbered N; the
// numbers must run 1, 2, 3... without a gap (checked here and by the test suite).
const QStringList& scripts()
{
    static const QStringList files = [] {
        QStringList out;
        const QDir dir(QStringLiteral(":/migrations/sqlite"));
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            if (name.section(QLatin1Char('_'), 0, 0).toInt() != out.size() + 1) {
                spdlog::critical("migration {} is out of sequence; later migrations are ignored", name.toStdString());
                break;
            }
            out << dir.filePath(name);
        }
        return out;
    }();
    return files;
}
}  // namespace

int Migrator::latestVersion()
{
    return static_cast<int>(scripts().size());
}

Result<int> Migrator::check(SqliteConnection& c)
{
    auto version = c.scalar(SqliteDialect::schemaVersionQuery());
    if (!version)
        return version.error();
    auto appId = c.scalar(SqliteDialect::applicationIdQuery());
    if (!appId)
        return appId.error();
    auto tables = c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables)
        return tables.error();

    const int v = version->toInt();
    if (appId->toInt() != SqliteDialect::kApplicationId && (appId->toInt() != 0 || tables->toInt() > 0))
        return Error::refused(Text::tr("%1 is not an IngotDesk database; nothing was changed.").arg(c.path()));
    if (v > latestVersion())
        return Error::refused(Text::tr("%1 was written by a newer IngotDesk (schema %2; this program knows up to %3). "
                                 "Nothing was changed; update the program to open it.")
                                  .arg(c.path())
                                  .arg(v)
                                  .arg(latestVersion()));
    return v;
}

QString Migrator::backupPathFor(const QString& databasePath, int fromVersion)
{
    return QStringLiteral("%1.schema%2-%3.bak")
        .arg(databasePath)
        .arg(fromVersion)
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
}

Status Migrator::migrate(SqliteConnection& c, int fromVersion, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    if (fromVersion >= targetVersion)
        return success();

    if (fromVersion > 0) {
        const QString backup = backupPathFor(c.path(), fromVersion);
        QSqlQuery q(c.database());
        q.prepare(SqliteDialect::backupInto());
        q.bindValue(QStringLiteral(":target"), backup);
        if (!q.exec())
            return Error::refused(Text::tr("Could not copy the database aside before upgrading it (%1); nothing was changed.")
                                      .arg(c.errorFrom(q, Text::tr("backing up")).message));
        spdlog::info("copied {} to {} before migrating from schema {}", c.path().toStdString(), backup.toStdString(),
                     fromVersion);
    }

    for (int v = fromVersion + 1; v <= targetVersion; ++v) {
        QFile file(scripts().at(v - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error::internal(Text::tr("Migration %1 is missing from the program").arg(v));
        const QString sql = QString::fromUtf8(file.readAll());
        Status st = c.write([&]() -> Status {
            if (v == 1)
                if (auto id = c.exec(SqliteDialect::setApplicationId()); !id)
                    return id;
            if (auto run = c.execScript(sql); !run)
                return run;
            return c.exec(SqliteDialect::setSchemaVersion(v));
        });
        if (!st)
            return st;
        spdlog::info("migrated {} to schema {}", c.path().toStdString(), v);
    }
    return success();
}

}  // namespace ingot
