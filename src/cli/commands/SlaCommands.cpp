#include "cli/commands/SlaCommands.h"

#include "app/sla/SlaFormat.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"
#include "core/sla/BuiltinCalendars.h"
#include "core/sla/CalendarMath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char* const kUsage =
    QT_TRANSLATE_NOOP("Cli", "usage: sla due --calendar NAME --start ISO --minutes M\n"
                             "       sla elapsed --calendar NAME --from ISO --to ISO\n"
                             "       sla sweep [--now ISO]\n"
                             "       sla policy list\n"
                             "       sla policy set --from ISO [--name NAME] [--at-risk PERCENT] "
                             "[--calendar TIER=NAME]... [--target TIER:PRIORITY:METRIC=MINUTES]...\n"
                             "       sla compensation approve|reject TICKET_NO [--note TEXT]");

Error usage()
{
    return Error::badInput(Text::tr(kUsage));
}

Result<qint64> instantOption(const std::optional<QString>& text, const QString& option)
{
    if (!text)
        return Error::badInput(Text::tr("%1 is required").arg(option));
    auto t = Instant::parse(*text);
    if (!t)
        return Error::badInput(t.error().message, option);
    return *t;
}

// A calendar from the database (its holidays applied); without a database file the built-in
// calendars with the shipped holidays, so the arithmetic works before `init`.
Result<ServiceCalendar> calendarFor(CliContext& ctx, const QString& name)
{
    if (!ctx.onPostgres() && !QFileInfo::exists(ctx.dbPath())) {
        auto builtin = BuiltinCalendars::byName(name);
        if (!builtin)
            return Error::badInput(Text::tr("there is no built-in calendar named '%1' (known: %2)")
                                       .arg(name, BuiltinCalendars::names().join(QStringLiteral(", "))));
        return *builtin;
    }
    auto store = ctx.store();
    if (!store)
        return store.error();
    return SlaService(**store, ctx.clock()).calendar(name);
}

QJsonObject policyJson(const SlaPolicy& p)
{
    QJsonObject tiers;
    for (Tier tier : allTiers()) {
        QJsonObject priorities;
        for (Priority priority : allPriorities()) {
            QJsonObject metrics;
            for (SlaMetric metric : allSlaMetrics())
                metrics.insert(slaMetricKey(metric), p.targetMinutes(tier, priority, metric));
            priorities.insert(priorityKey(priority), metrics);
        }
        tiers.insert(tierKey(tier), QJsonObject{{QStringLiteral("calendar"), p.calendarFor(tier)},
                                                {QStringLiteral("targets"), priorities}});
    }
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("effective_from"), Instant::format(p.effectiveFrom)},
                       {QStringLiteral("at_risk_percent"), p.atRiskPercent},
                       {QStringLiteral("tiers"), tiers}};
}

// "A:P1:response=30", with * for every tier or priority.
Status applyTarget(SlaPolicy& p, const QString& text)
{
    const QStringList sides = text.split(QLatin1Char('='));
    const QStringList cell = sides.value(0).split(QLatin1Char(':'));
    bool ok = false;
    const qint64 minutes = sides.value(1).trimmed().toLongLong(&ok);
    const auto metric = parseSlaMetric(cell.value(2));
    if (sides.size() != 2 || cell.size() != 3 || !ok || !metric)
        return Error::badInput(
            Text::tr("--target wants TIER:PRIORITY:METRIC=MINUTES such as C:P1:response=45, not '%1'").arg(text));
    QList<Tier> tiers;
    QList<Priority> priorities;
    if (cell.at(0) == QLatin1String("*"))
        tiers = allTiers();
    else if (auto t = parseTier(cell.at(0)))
        tiers << *t;
    if (cell.at(1) == QLatin1String("*"))
        priorities = allPriorities();
    else if (auto pr = parsePriority(cell.at(1)))
        priorities << *pr;
    if (tiers.isEmpty() || priorities.isEmpty())
        return Error::badInput(Text::tr("--target '%1': the tier is A, B, C or *, the priority P1-P4 or *").arg(text));
    for (Tier t : tiers)
        for (Priority pr : priorities)
            p.targetsFor(t, pr).setMinutes(*metric, minutes);
    return success();
}
} // namespace

Status SlaCommands::run(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("due"))
        return due(ctx, args);
    if (sub == QStringLiteral("elapsed"))
        return elapsed(ctx, args);
    if (sub == QStringLiteral("sweep"))
        return sweep(ctx, args);
    if (sub == QStringLiteral("policy"))
        return policy(ctx, args);
    if (sub == QStringLiteral("compensation"))
        return compensation(ctx, args);
    return usage();
}

Status SlaCommands::due(CliContext& ctx, CliArgs& args)
{
    const auto name = args.option(QStringLiteral("--calendar"));
    const auto startText = args.option(QStringLiteral("--start"));
    const auto minutesText = args.option(QStringLiteral("--minutes"));
    if (auto st = args.finish(); !st)
        return st;
    if (!name || !minutesText)
        return usage();
    auto start = instantOption(startText, QStringLiteral("--start"));
    if (!start)
        return start.error();
    bool ok = false;
    const double minutes = minutesText->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(minutes) || minutes < 0 || minutes > 1e9)
        return Error::badInput(
            Text::tr("--minutes needs a number of service minutes (0 or more), not '%1'").arg(*minutesText));
    auto calendar = calendarFor(ctx, *name);
    if (!calendar)
        return calendar.error();
    const qint64 seconds = std::llround(minutes * 60.0);
    ctx.out() << Instant::format(CalendarMath::dueAfterSeconds(*calendar, *start, seconds)) << Qt::endl;
    return success();
}

Status SlaCommands::elapsed(CliContext& ctx, CliArgs& args)
{
    const auto name = args.option(QStringLiteral("--calendar"));
    const auto fromText = args.option(QStringLiteral("--from"));
    const auto toText = args.option(QStringLiteral("--to"));
    if (auto st = args.finish(); !st)
        return st;
    if (!name)
        return usage();
    auto from = instantOption(fromText, QStringLiteral("--from"));
    if (!from)
        return from.error();
    auto to = instantOption(toText, QStringLiteral("--to"));
    if (!to)
        return to.error();
    auto calendar = calendarFor(ctx, *name);
    if (!calendar)
        return calendar.error();
    ctx.out() << SlaFormat::minutes(CalendarMath::elapsed(*calendar, *from, *to)) << Qt::endl;
    return success();
}

Status SlaCommands::sweep(CliContext& ctx, CliArgs& args)
{
    const auto nowText = args.option(QStringLiteral("--now"));
    if (auto st = args.finish(); !st)
        return st;
    qint64 now = ctx.clock().now();
    if (nowText) {
        auto parsed = instantOption(nowText, QStringLiteral("--now"));
        if (!parsed)
            return parsed.error();
        now = *parsed;
    }
    auto store = ctx.store();
    if (!store)
        return store.error();
    auto summary = SlaService(**store, ctx.clock()).sweep(now);
    if (!summary)
        return summary.error();
    ctx.out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    return success();
}

Status SlaCommands::policy(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("list")) {
        if (auto st = args.finish(); !st)
            return st;
        auto store = ctx.store();
        if (!store)
            return store.error();
        auto policies = SlaService(**store, ctx.clock()).policies();
        if (!policies)
            return policies.error();
        QJsonArray out;
        for (const SlaPolicy& p : std::as_const(*policies))
            out.append(policyJson(p));
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return success();
    }
    if (sub != QStringLiteral("set"))
        return usage();

    const auto fromText = args.option(QStringLiteral("--from"));
    const auto name = args.option(QStringLiteral("--name"));
    const auto atRisk = args.option(QStringLiteral("--at-risk"));
    QStringList calendars, targets;
    while (auto c = args.option(QStringLiteral("--calendar")))
        calendars << *c;
    while (auto t = args.option(QStringLiteral("--target")))
        targets << *t;
    if (auto st = args.finish(); !st)
        return st;
    auto from = instantOption(fromText, QStringLiteral("--from"));
    if (!from)
        return from.error();
    auto store = ctx.store();
    if (!store)
        return store.error();
    SlaService service(**store, ctx.clock());
    auto policies = service.policies();
    if (!policies)
        return policies.error();
    // The new version starts from the latest one, changed where asked.
    SlaPolicy p = policies->isEmpty() ? SlaPolicy::defaults() : policies->last();
    p.effectiveFrom = *from;
    p.name = name.value_or(QStringLiteral("%1 (%2)").arg(p.name.section(QStringLiteral(" ("), 0, 0), *fromText));
    if (atRisk) {
        bool ok = false;
        p.atRiskPercent = atRisk->toInt(&ok);
        if (!ok)
            return Error::badInput(Text::tr("--at-risk needs a whole percentage, not '%1'").arg(*atRisk));
    }
    for (const QString& c : std::as_const(calendars)) {
        const auto tier = parseTier(c.section(QLatin1Char('='), 0, 0));
        if (!tier || !c.contains(QLatin1Char('=')))
            return Error::badInput(Text::tr("--calendar wants TIER=NAME such as C=8x5, not '%1'").arg(c));
        p.calendarByTier[static_cast<std::size_t>(*tier)] = c.section(QLatin1Char('='), 1);
    }
    for (const QString& t : std::as_const(targets))
        if (auto st = applyTarget(p, t); !st)
            return st;
    auto added = service.addPolicy(p, ctx.actor());
    if (!added)
        return added.error();
    ctx.out() << QJsonDocument(policyJson(*added)).toJson(QJsonDocument::Indented);
    return success();
}

Status SlaCommands::compensation(CliContext& ctx, CliArgs& args)
{
    const auto decision = args.positional();
    const auto number = args.positional();
    const auto note = args.option(QStringLiteral("--note"));
    if (auto st = args.finish(); !st)
        return st;
    if (!number || (decision != QStringLiteral("approve") && decision != QStringLiteral("reject")))
        return usage();
    auto store = ctx.store();
    if (!store)
        return store.error();
    auto decided =
        SlaService(**store, ctx.clock())
            .decideCompensation(*number, decision == QStringLiteral("approve"), ctx.actor(), note.value_or(QString()));
    if (!decided)
        return decided.error();
    ctx.out() << Text::tr("compensation of %1: %2 (credit %3 CNY) by %4")
                     .arg(number->trimmed().toUpper(), compensationStatusKey(decided->status),
                          SlaFormat::cny(decided->creditFen), decided->decidedBy)
              << Qt::endl;
    return success();
}

} // namespace ingot
