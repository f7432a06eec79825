#include "storage/postgres/PostgresMigrator.h"

#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QStringList& scripts()
{
    static const QStringList files = [] {
        QStringList out;
        const QDir dir(QStringLiteral(":/migrations/postgres"));
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            if (name.section(QLatin1Char('_'), 0, 0).toInt() != out.size() + 1) {
                spdlog::critical("postgres migration {} is out of sequence; later ones are ignored", name.toStdString());
                break;
            }
            out << dir.filePath(name);
        }
        return out;
    }();
    return files;
}

// The stored version, or 0 when the bookkeeping table is not there yet.
Result<int> storedVersion(PostgresConnection& c, bool refuseForeign)
{
    QSqlQuery state(c.database());
    if (!state.exec(PostgresDialect::schemaState()) || !state.next())
        return c.errorFrom(state, Text::tr("reading the schema version"));
    const bool exists = state.value(0).toBool();
    const qint64 tables = state.value(1).toLongLong();
    state.finish();
    if (!exists) {
        if (refuseForeign && tables > 0)
            return Error::refused(Text::tr("%1 is not an IngotDesk database; nothing was changed.").arg(c.name()));
        return 0;
    }
    QSqlQuery q(c.database());
    if (!q.exec(PostgresDialect::schemaVersionQuery()))
        return c.errorFrom(q, Text::tr("reading the schema version"));
    if (!q.next() || q.value(0).toString() != QLatin1String(PostgresDialect::kApplication))
        return Error::refused(Text::tr("%1 is not an IngotDesk database; nothing was changed.").arg(c.name()));
    return q.value(1).toInt();
}
}  // namespace

int PostgresMigrator::latestVersion()
{
    return static_cast<int>(scripts().size());
}

Result<int> PostgresMigrator::check(PostgresConnection& c)
{
    auto v = storedVersion(c, true);
    if (!v)
        return v.error();
    if (*v > latestVersion())
        return Error::refused(Text::tr("%1 was written by a newer IngotDesk (schema %2; this program knows up to %3). "
                                       "Nothing was changed; update the program to open it.")
                                  .arg(c.name())
                                  .arg(*v)
                                  .arg(latestVersion()));
    return *v;
}

Status PostgresMigrator::migrate(PostgresConnection& c, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    for (int v = 1; v <= targetVersion; ++v) {
        bool ran = false;
        Status st = c.write([&]() -> Status {
            // Another desk may be migrating the same database right now: wait for it, then look again.
            if (auto lock = c.exec(PostgresDialect::migrationLock()); !lock)
                return lock;
            auto current = storedVersion(c, v == 1);
            if (!current)
                return current.error();
            if (*current >= v)
                return success();
            if (*current == 0)
                if (auto created = c.execScript(PostgresDialect::createSchemaTable()); !created)
                    return created;
            QFile file(scripts().at(v - 1));
            if (!file.open(QIODevice::ReadOnly))
                return Error::internal(Text::tr("Migration %1 is missing from the program").arg(v));
            if (auto run = c.execScript(QString::fromUtf8(file.readAll())); !run)
                return run;
            ran = true;
            return c.exec(PostgresDialect::setSchemaVersion(v));
        });
        if (!st)
            return st;
        if (ran)
            spdlog::info("migrated {} to schema {}", c.name().toStdString(), v);
    }
    return success();
}

}  // namespace ingot
