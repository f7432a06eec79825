#include "app/storage/StoreOpener.h"

#include "storage/postgres/PostgresStore.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <type_traits>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QMutex g_mutex;
QString g_passwordFile;  // guarded by g_mutex: background threads open connections too

// PostgresStore implements Store once all its repositories exist; until then a PostgreSQL address
// is refused with a message rather than half working (docs/postgresql.md says what works).
template <typename S>
Result<std::unique_ptr<Store>> asStore(std::unique_ptr<S> store)
{
    if constexpr (std::is_convertible_v<S*, Store*>) {
        return std::unique_ptr<Store>(std::move(store));
    } else {
        return Error::refused(Text::tr("This version of IngotDesk cannot run the desk on PostgreSQL yet: "
                                       "use a SQLite database file (see docs/postgresql.md)."));
    }
}
}  // namespace

StoreOpener::Backend StoreOpener::backendOf(const QString& setting)
{
    return PostgresSettings::isPostgresUrl(setting.trimmed()) ? Backend::Postgres : Backend::Sqlite;
}

void StoreOpener::setPasswordFile(const QString& path)
{
    QMutexLocker lock(&g_mutex);
    g_passwordFile = path;
}

QString StoreOpener::passwordFile()
{
    QMutexLocker lock(&g_mutex);
    return g_passwordFile;
}

Result<PostgresSettings> StoreOpener::postgresSettings(const QString& setting)
{
    auto settings = PostgresSettings::parse(setting.trimmed());
    if (!settings)
        return settings.error();
    if (const QString file = passwordFile(); !file.isEmpty())
        if (auto st = settings->readPasswordFile(file); !st)
            return st.error();
    return settings;
}

QString StoreOpener::displayName(const QString& setting)
{
    if (!isPostgres(setting))
        return QFileInfo(setting).absoluteFilePath();
    auto settings = PostgresSettings::parse(setting.trimmed());
    // An address that does not parse is shown without its user part, which could hold a password.
    return settings ? settings->displayName() : Text::tr("(not a valid PostgreSQL address)");
}

Status StoreOpener::requireFile(const QString& setting, const QString& what)
{
    if (!isPostgres(setting))
        return success();
    return Error::badInput(Text::tr("'%1' works on a SQLite database file, and %2 is a PostgreSQL database; "
                                    "on PostgreSQL use the server's own tools (pg_dump, pg_restore, amcheck).")
                               .arg(what, displayName(setting)));
}

Result<StoreOpener::Opened> StoreOpener::open(const QString& setting, const Options& options)
{
    Opened out;
    if (isPostgres(setting)) {
        auto settings = postgresSettings(setting);
        if (!settings)
            return settings.error();
        auto opened = PostgresStore::open(*settings, PostgresStore::Options{options.migrate});
        if (!opened)
            return opened.error();
        out.backend = Backend::Postgres;
        out.schemaVersion = (*opened)->schemaVersion();
        auto store = asStore(std::move(opened).value());
        if (!store)
            return store.error();
        out.store = std::move(store).value();
        return out;
    }
    auto opened = SqliteStore::open(setting, SqliteStore::Options{options.create, options.migrate, options.readOnly});
    if (!opened)
        return opened.error();
    out.schemaVersion = (*opened)->schemaVersion();
    out.store = std::move(opened).value();
    return out;
}

Result<std::unique_ptr<Store>> StoreOpener::openExisting(const QString& setting)
{
    auto opened = open(setting, Options{false, false, false});
    if (!opened)
        return opened.error();
    return std::move(opened->store);
}

}  // namespace ingot
