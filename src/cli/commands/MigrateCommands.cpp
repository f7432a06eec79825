#include "cli/commands/MigrateCommands.h"

#include "app/storage/SqliteToPostgres.h"
#include "app/storage/StoreOpener.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
}  // namespace

QString MigrateCommands::usage()
{
    return Text::tr("  migrate-to postgresql://USER@HOST[:PORT]/DB  copy this SQLite desk into an empty PostgreSQL database\n");
}

Status MigrateCommands::run(CliContext& ctx, CliArgs& args)
{
    const auto address = args.positional();
    if (auto st = args.finish(); !st)
        return st;
    if (!address || !StoreOpener::isPostgres(*address))
        return Error::badInput(Text::tr("usage: ingotdesk-cli --db FILE migrate-to postgresql://USER@HOST[:PORT]/DB"));
    if (ctx.onPostgres())
        return Error::badInput(Text::tr("migrate-to copies a SQLite desk: give its file with --db, not %1")
                                   .arg(ctx.dbName()));
    auto target = StoreOpener::postgresSettings(*address);
    if (!target)
        return target.error();
    if (!QFileInfo::exists(ctx.dbPath()))
        return Error::refused(Text::tr("%1 does not exist; nothing to copy").arg(ctx.dbName()));
    if (auto allowed = ctx.require(Permission::Backup); !allowed)
        return allowed;

    auto copied = SqliteToPostgres::copy(ctx.dbPath(), *target);
    if (!copied)
        return copied.error();
    const SqliteToPostgres::Report& r = *copied;
    QTextStream& out = ctx.out();
    out << Text::tr("Copied %1 to %2 (schema %3) in %4 s.")
               .arg(r.source, r.target)
               .arg(r.schemaVersion)
               .arg(static_cast<double>(r.elapsedMs) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    int width = 5;
    for (const auto& t : r.tables)
        width = std::max(width, static_cast<int>(t.table.size()));
    out << Text::tr("table").leftJustified(width + 2) << QStringLiteral("%1  %2")
               .arg(Text::tr("SQLite"), 10)
               .arg(Text::tr("PostgreSQL"), 10)
        << Qt::endl;
    for (const auto& t : r.tables)
        out << t.table.leftJustified(width + 2) << QStringLiteral("%1  %2").arg(t.source, 10).arg(t.target, 10)
            << Qt::endl;
    out << Text::tr("Tickets %1, events %2; ticket numbers with their event counts: checksum %3 in both.")
               .arg(r.tickets)
               .arg(r.events)
               .arg(r.targetChecksum)
        << Qt::endl;
    if (!r.skipped.isEmpty())
        out << Text::tr("Not copied (SQLite's own search index; PostgreSQL searches without it): %1")
                   .arg(r.skipped.join(QStringLiteral(", ")))
            << Qt::endl;
    out << Text::tr("Desks can now use --db %1.").arg(r.target) << Qt::endl;
    return success();
}

}  // namespace ingot
