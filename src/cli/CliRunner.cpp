#include "cli/CliRunner.h"

#include "cli/CliArgs.h"
#include "app/storage/StoreOpener.h"
#include "cli/CliContext.h"
#include "cli/commands/CustomerCommands.h"
#include "cli/commands/DataCommands.h"
#include "cli/commands/MaintenanceCommands.h"
#include "cli/commands/MigrateCommands.h"
#include "cli/commands/QualityCommands.h"
#include "cli/commands/TicketCommands.h"
#include "cli/commands/UserCommands.h"
#include "cli/commands/SlaCommands.h"
#include "cli/commands/ReportCommands.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <exception>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadInput:
    case Error::Kind::NotFound:
        return 2;
    case Error::Kind::Refused:
        return 3;
    case Error::Kind::Internal:
        break;
    }
    return 1;
}
}  // namespace

CliRunner::CliRunner(const Clock& clock, QTextStream& out, QTextStream& err) : m_clock(clock), m_out(out), m_err(err) {}

QString CliRunner::defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("INGOTDESK_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ingotdesk.db");
}

void CliRunner::usage()
{
    m_err << Text::tr("usage: ingotdesk-cli [--db PATH|postgresql://USER@HOST[:PORT]/DB] [--db-password-file FILE]\n"
                      "                     [--user LOGIN] COMMAND ...\n"
                      "  --user LOGIN: run as that user (password from $INGOTDESK_PASSWORD, else asked);\n"
                      "                without it: local administrator mode, named in the audit trail\n"
                "commands:\n"
                "  init                                  create or migrate the database\n"
                "  seed [--customers N] [--tickets N] [--seed S] [--from DATE --to DATE]\n"
                "  import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]\n"
                "  export tickets|customers FILE\n"
                "  ticket show NO\n"
                "  ticket act NO ACTION [--value V] [--note TEXT]\n"
                "  sla due|elapsed|sweep|policy|compensation ...   (run `sla` alone for the options)\n")
          << UserCommands::usage() << ReportCommands::usage() << CustomerCommands::usage() << QualityCommands::usage()
          << MaintenanceCommands::usage() << MigrateCommands::usage() << Qt::flush;
}

int CliRunner::fail(const QString& message, int code)
{
    if (!message.isEmpty())
        m_err << message << Qt::endl;
    return code;
}

int CliRunner::run(QStringList arguments)
{
    CliArgs global(arguments);
    QString db = global.option(QStringLiteral("--db")).value_or(QString());
    if (global.missingValue())
        return fail(QStringLiteral("error: ") + Text::tr("option --db needs a value"), 2);
    const QString passwordFile = global.option(QStringLiteral("--db-password-file")).value_or(QString());
    if (global.missingValue())
        return fail(QStringLiteral("error: ") + Text::tr("option --db-password-file needs a file"), 2);
    const std::optional<QString> user = global.option(QStringLiteral("--user"));
    if (global.missingValue() || (user && user->trimmed().isEmpty()))
        return fail(QStringLiteral("error: ") + Text::tr("option --user needs a login"), 2);
    if (db.isEmpty())
        db = defaultDatabasePath();
    if (StoreOpener::isPostgres(db)) {
        // Refused before anything connects: a password typed into an address ends up in shell histories.
        if (auto settings = PostgresSettings::parse(db.trimmed()); !settings)
            return fail(QStringLiteral("error: ") + settings.error().message, 2);
    } else if (!passwordFile.isEmpty()) {
        return fail(QStringLiteral("error: ") + Text::tr("--db-password-file is for a PostgreSQL address in --db"), 2);
    }
    StoreOpener::setPasswordFile(passwordFile);
    // Re-read what is left: the command and its own words.
    arguments.clear();
    while (auto w = global.positional()) {
        arguments << *w;
        break;
    }
    if (arguments.isEmpty()) {
        usage();
        return 2;
    }
    const QString command = arguments.first();
    CliArgs args = std::move(global);
    CliContext ctx(db, m_clock, m_out, m_err);
    ctx.setPasswordCost(m_cost);
    ctx.setPrompt(m_prompt);
    if (user) {
        QString password = qEnvironmentVariable("INGOTDESK_PASSWORD");
        if (password.isEmpty()) {
            auto typed = m_prompt(Text::tr("Password for %1: ").arg(*user));
            if (!typed)
                return fail(QStringLiteral("error: ") +
                                Text::tr("--user %1 needs a password: set INGOTDESK_PASSWORD or run in a terminal")
                                    .arg(*user),
                            2);
            password = *typed;
        }
        ctx.signInAs(*user, password);
    }

    Status result = success();
    try {
        if (command == QLatin1String("init"))
            result = DataCommands::init(ctx, args);
        else if (command == QLatin1String("seed"))
            result = DataCommands::seed(ctx, args);
        else if (command == QLatin1String("import"))
            result = DataCommands::importFile(ctx, args);
        else if (command == QLatin1String("export"))
            result = DataCommands::exportFile(ctx, args);
        else if (command == QLatin1String("ticket"))
            result = TicketCommands::run(ctx, args);
        else if (command == QLatin1String("sla"))
            result = SlaCommands::run(ctx, args);
        else if (MigrateCommands::handles(command))
            result = MigrateCommands::run(ctx, args);
        else if (MaintenanceCommands::handles(command))
            result = MaintenanceCommands::run(ctx, command, args);
        else if (command == QLatin1String("user"))
            result = UserCommands::run(ctx, args);
        else if (command == QLatin1String("report"))
            result = ReportCommands::run(ctx, args);
        else if (QualityCommands::handles(command))
            result = QualityCommands::run(ctx, command, args);
        else if (CustomerCommands::handles(command))
            result = CustomerCommands::run(ctx, command, args);
        else if (command == QLatin1String("help") || command == QLatin1String("--help")) {
            usage();
            return 0;
        } else {
            usage();
            return fail(QStringLiteral("error: ") + Text::tr("unknown command '%1'").arg(command), 2);
        }
    } catch (const std::exception& e) {
        spdlog::critical("unexpected exception in '{}': {}", command.toStdString(), e.what());
        return fail(QStringLiteral("error: ") + Text::tr("internal error: %1").arg(QString::fromUtf8(e.what())), 1);
    }
    m_out.flush();
    if (result)
        return 0;
    const Error& e = result.error();
    if (e.message.isEmpty())  // already reported in full by the command
        return exitCodeFor(e.kind);
    return fail(e.where.isEmpty() ? QStringLiteral("error: ") + e.message : e.text(), exitCodeFor(e.kind));
}

}  // namespace ingot
