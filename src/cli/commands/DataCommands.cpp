#include "cli/commands/DataCommands.h"

#include "app/io/ExportService.h"
#include "app/io/ImportService.h"
#include "app/seed/DemoSeeder.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Result<qint64> wholeNumber(const std::optional<QString>& text, qint64 fallback, const QString& option)
{
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v < 0)
        return Error::badInput(Text::tr("%1 needs a whole number, not '%2'").arg(option, *text));
    return v;
}
}  // namespace

Status DataCommands::init(CliContext& ctx, CliArgs& args)
{
    if (auto st = args.finish(); !st)
        return st;
    auto store = ctx.store(true);
    if (!store)
        return store.error();
    ctx.out() << Text::tr("Database ready: %1 (schema %2)")
                     .arg(ctx.dbName())
                     .arg(ctx.schemaVersion())
              << Qt::endl;
    return success();
}

Status DataCommands::seed(CliContext& ctx, CliArgs& args)
{
    DemoSeeder::Options o;
    auto customers = wholeNumber(args.option(QStringLiteral("--customers")), -1, QStringLiteral("--customers"));
    auto tickets = wholeNumber(args.option(QStringLiteral("--tickets")), 2000, QStringLiteral("--tickets"));
    auto seed = wholeNumber(args.option(QStringLiteral("--seed")), 1, QStringLiteral("--seed"));
    const auto from = args.option(QStringLiteral("--from"));
    const auto to = args.option(QStringLiteral("--to"));
    if (auto st = args.finish(); !st)
        return st;
    for (const auto* r : {&customers, &tickets, &seed})
        if (!*r)
            return r->error();
    if (*customers > 100000)
        return Error::badInput(Text::tr("--customers must be at most 100,000"));
    o.customers = static_cast<int>(*customers);
    o.tickets = *tickets;
    o.seed = static_cast<quint64>(*seed);
    // Default window: the year up to the start of today, so demo tickets are recent but fixed for the day.
    const QDate today = QDateTime::fromSecsSinceEpoch(ctx.clock().now(), Instant::localZone()).date();
    o.to = QDateTime(today, QTime(0, 0), Instant::localZone()).toSecsSinceEpoch();
    o.from = o.to - 365LL * 24 * 3600;
    if (to) {
        auto t = Instant::parse(*to);
        if (!t)
            return Error::badInput(t.error().message, QStringLiteral("--to"));
        o.to = *t;
    }
    if (from) {
        auto f = Instant::parse(*from);
        if (!f)
            return Error::badInput(f.error().message, QStringLiteral("--from"));
        o.from = *f;
    }
    auto store = ctx.store();
    if (!store)
        return store.error();
    QElapsedTimer timer;
    timer.start();
    DemoSeeder seeder(**store);
    auto summary = seeder.run(o, [](qint64 done, qint64 total) {
        if (total >= 100000)
            spdlog::info("seeded {} of {} tickets", done, total);
    });
    if (!summary)
        return summary.error();
    const QJsonObject json{{QStringLiteral("customers"), summary->customers},
                           {QStringLiteral("technicians"), summary->technicians},
                           {QStringLiteral("orders"), summary->orders},
                           {QStringLiteral("tickets"), summary->tickets},
                           {QStringLiteral("events"), summary->events},
                           {QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0}};
    ctx.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return success();
}

Status DataCommands::importFile(CliContext& ctx, CliArgs& args)
{
    const auto kindText = args.positional();
    const auto file = args.positional();
    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    if (auto st = args.finish(); !st)
        return st;
    if (!kindText || !file)
        return Error::badInput(Text::tr("usage: import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]"));
    const auto kind = parseImportKind(*kindText);
    if (!kind)
        return Error::badInput(Text::tr("cannot import '%1'; choose customers, orders, technicians, tickets, events or holidays")
                                   .arg(*kindText));
    auto store = ctx.store();
    if (!store)
        return store.error();
    ImportService service(**store);
    const ImportService::Report report = service.importFile(*kind, *file, dryRun);
    if (!report.problems.isEmpty()) {
        QTextStream& err = ctx.err();
        for (const Error& e : report.problems)
            err << e.text() << Qt::endl;
        err << QCoreApplication::translate("Cli", "nothing was imported (%n problem(s))", nullptr,
                                          static_cast<int>(report.problems.size()))
            << Qt::endl;
        Error worst = report.problems.first();
        for (const Error& e : report.problems)
            if (e.kind != Error::Kind::BadInput)
                worst = e;
        worst.where.clear();
        worst.message = QString();  // already printed
        return worst;
    }
    ctx.out() << (dryRun ? Text::tr("%1: %2 rows checked, nothing changed (dry run)") : Text::tr("%1: %2 rows imported"))
                     .arg(*file)
                     .arg(report.rows)
              << Qt::endl;
    return success();
}

Status DataCommands::exportFile(CliContext& ctx, CliArgs& args)
{
    const auto kind = args.positional();
    const auto file = args.positional();
    if (auto st = args.finish(); !st)
        return st;
    if (!kind || !file || (*kind != QLatin1String("tickets") && *kind != QLatin1String("customers")))
        return Error::badInput(Text::tr("usage: export tickets|customers FILE"));
    auto store = ctx.store();
    if (!store)
        return store.error();
    ExportService service(**store);
    auto rows = *kind == QLatin1String("tickets") ? service.exportTickets(*file) : service.exportCustomers(*file);
    if (!rows)
        return rows.error();
    ctx.out() << Text::tr("%1: %2 rows exported").arg(*file).arg(*rows) << Qt::endl;
    return success();
}

}  // namespace ingot
