#include "cli/commands/MaintenanceCommands.h"

#include "core/common/Instant.h"
#include "storage/sqlite/Migrator.h"
#include "storage/sqlite/maintenance/SqliteMaintenance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString describe(const AuditEntry& e)
{
    return Text::tr("entry %1 (%2, by %3: %4 %5 %6)")
        .arg(e.seq)
        .arg(e.at > 0 ? Instant::format(e.at) : QStringLiteral("?"), e.actor.isEmpty() ? QStringLiteral("?") : e.actor,
             e.entity, e.entityId, e.action);
}

QJsonObject toJson(const SqliteMaintenance::CheckReport& r)
{
    QJsonObject audit{{QStringLiteral("present"), r.auditPresent},
                      {QStringLiteral("ok"), r.auditOk()},
                      {QStringLiteral("entries_checked"), r.auditChecked}};
    if (r.auditFirstBad) {
        const AuditEntry& e = *r.auditFirstBad;
        audit.insert(QStringLiteral("first_bad"),
                     QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), e.at > 0 ? Instant::format(e.at) : QString()},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("entity_id"), e.entityId},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("reason"), r.auditReason}});
    }
    return {{QStringLiteral("database"), r.path},
            {QStringLiteral("ok"), r.ok()},
            {QStringLiteral("integrity"), QJsonArray::fromStringList(r.integrity)},
            {QStringLiteral("integrity_ok"), r.integrityOk()},
            {QStringLiteral("foreign_key_problems"), r.foreignKeyProblems},
            {QStringLiteral("foreign_key_samples"), QJsonArray::fromStringList(r.foreignKeySamples)},
            {QStringLiteral("application_id_ok"), r.applicationIdOk},
            {QStringLiteral("schema"), r.schemaVersion},
            {QStringLiteral("program_schema"), r.programSchema},
            {QStringLiteral("schema_ok"), r.schemaOk()},
            {QStringLiteral("audit"), audit}};
}
}  // namespace

bool MaintenanceCommands::handles(const QString& command)
{
    return command == QLatin1String("backup") || command == QLatin1String("restore") || command == QLatin1String("check");
}

QString MaintenanceCommands::usage()
{
    return Text::tr("  backup PATH [--force]                 online copy of the database while desks keep working\n"
                    "  restore PATH                          replace the database with a checked backup (keeps a copy)\n"
                    "  check [--format text|json]            integrity, references, schema and audit chain; exit 3 on failure\n");
}

Status MaintenanceCommands::run(CliContext& ctx, const QString& command, CliArgs& args)
{
    if (command == QLatin1String("backup"))
        return backup(ctx, args);
    if (command == QLatin1String("restore"))
        return restore(ctx, args);
    return check(ctx, args);
}

Status MaintenanceCommands::backup(CliContext& ctx, CliArgs& args)
{
    const auto target = args.positional();
    const bool force = args.flag(QStringLiteral("--force"));
    if (auto st = args.finish(); !st)
        return st;
    if (!target || target->isEmpty())
        return Error::badInput(Text::tr("usage: ingotdesk-cli backup PATH [--force]"));
    if (auto st = ctx.requireFile(QStringLiteral("backup")); !st)
        return st;
    if (auto allowed = ctx.require(Permission::Backup); !allowed)
        return allowed;
    QElapsedTimer timer;
    timer.start();
    if (auto st = SqliteMaintenance::backup(ctx.dbPath(), *target, {force, true}); !st)
        return st;
    ctx.out() << Text::tr("Backed up %1 to %2 (%3 MB in %4 s)")
                     .arg(ctx.dbPath(), *target)
                     .arg(static_cast<double>(QFileInfo(*target).size()) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return success();
}

Status MaintenanceCommands::restore(CliContext& ctx, CliArgs& args)
{
    const auto candidate = args.positional();
    if (auto st = args.finish(); !st)
        return st;
    if (!candidate || candidate->isEmpty())
        return Error::badInput(Text::tr("usage: ingotdesk-cli restore PATH"));
    if (auto st = ctx.requireFile(QStringLiteral("restore")); !st)
        return st;
    if (auto allowed = ctx.require(Permission::Restore); !allowed)
        return allowed;
    auto restored = SqliteMaintenance::restore(ctx.dbPath(), *candidate, ctx.clock().now());
    if (!restored)
        return restored.error();
    ctx.out() << Text::tr("Restored %1 from %2 (schema %3, %4 tickets).")
                     .arg(ctx.dbPath(), *candidate)
                     .arg(restored->restored.schemaVersion)
                     .arg(restored->restored.tickets)
              << Qt::endl;
    if (!restored->keptCopy.isEmpty())
        ctx.out() << Text::tr("The database it replaced is kept as %1.").arg(restored->keptCopy) << Qt::endl;
    if (restored->restored.schemaVersion < Migrator::latestVersion())
        ctx.out() << Text::tr("It has an older schema and will be upgraded when it is next opened.") << Qt::endl;
    return success();
}

Status MaintenanceCommands::check(CliContext& ctx, CliArgs& args)
{
    const QString format = args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    if (args.missingValue())
        return Error::badInput(Text::tr("option --format needs a value"));
    if (auto st = args.finish(); !st)
        return st;
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return Error::badInput(Text::tr("--format is text or json, not '%1'").arg(format));
    if (auto st = ctx.requireFile(QStringLiteral("check")); !st)
        return st;
    if (auto allowed = ctx.require(Permission::Check); !allowed)
        return allowed;
    auto report = SqliteMaintenance::check(ctx.dbPath());
    if (!report)
        return report.error();
    const auto& r = *report;

    QStringList failures;
    if (!r.applicationIdOk)
        failures << Text::tr("%1 is not an IngotDesk database").arg(r.path);
    if (!r.integrityOk())
        failures << Text::tr("the integrity check failed: %1").arg(r.integrity.mid(0, 3).join(QStringLiteral("; ")));
    if (r.foreignKeyProblems > 0)
        failures << Text::tr("%n row(s) refer to rows that do not exist", nullptr, static_cast<int>(r.foreignKeyProblems));
    if (r.schemaVersion > r.programSchema)
        failures << Text::tr("schema %1 is newer than this program (%2)").arg(r.schemaVersion).arg(r.programSchema);
    else if (r.schemaVersion < r.programSchema)
        failures << Text::tr("schema %1 is older than this program (%2); run 'ingotdesk-cli init'")
                        .arg(r.schemaVersion)
                        .arg(r.programSchema);
    if (r.auditFirstBad)
        failures << Text::tr("the audit trail was changed after it was written: %1 does not match (%2)")
                        .arg(describe(*r.auditFirstBad), r.auditReason);

    if (format == QLatin1String("json")) {
        ctx.out() << QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Indented));
    } else {
        const QString good = Text::tr("ok");
        ctx.out() << Text::tr("Database:     %1").arg(r.path) << Qt::endl
                  << Text::tr("Integrity:    %1").arg(r.integrityOk() ? good : r.integrity.mid(0, 3).join(QStringLiteral("; ")))
                  << Qt::endl
                  << Text::tr("References:   %1")
                         .arg(r.foreignKeyProblems == 0 ? good : Text::tr("%1 broken").arg(r.foreignKeyProblems))
                  << Qt::endl
                  << Text::tr("Schema:       %1 (this program: %2)").arg(r.schemaVersion).arg(r.programSchema) << Qt::endl;
        if (!r.auditPresent)
            ctx.out() << Text::tr("Audit trail:  none in this schema") << Qt::endl;
        else if (r.auditFirstBad)
            ctx.out() << Text::tr("Audit trail:  TAMPERED at %1; %2 entries before it are intact")
                             .arg(describe(*r.auditFirstBad))
                             .arg(r.auditChecked)
                      << Qt::endl;
        else
            ctx.out() << Text::tr("Audit trail:  %1 entries, chain intact").arg(r.auditChecked) << Qt::endl;
        ctx.out() << (failures.isEmpty() ? Text::tr("Result:       OK") : Text::tr("Result:       FAILED")) << Qt::endl;
    }
    ctx.out().flush();
    if (failures.isEmpty())
        return success();
    return Error::refused(Text::tr("check failed for %1: %2").arg(r.path, failures.join(QStringLiteral("; "))));
}

}  // namespace ingot
