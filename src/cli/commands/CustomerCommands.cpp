#include "cli/commands/CustomerCommands.h"

#include "app/customers/CustomerArchiveService.h"
#include "app/customers/CustomerJson.h"
#include "app/customers/DispatchService.h"
#include "app/customers/ServiceTaskService.h"
#include "app/customers/TierService.h"
#include "app/sla/SlaSetup.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct AsIs {
    const QJsonObject& operator()(const QJsonObject& json) const { return json; }
};

// What almost every subcommand here does once its arguments are read: open the store, let `read`
// get a result from it, and print `toJson` of that result. Errors go back as they came.
template <class Read, class ToJson = AsIs> Status printFromStore(CliContext& ctx, Read read, ToJson toJson = {})
{
    auto store = ctx.store();
    if (!store)
        return store.error();
    auto result = read(**store);
    if (!result)
        return result.error();
    ctx.out() << QJsonDocument(toJson(*result)).toJson(QJsonDocument::Indented);
    return success();
}

Error usageError(const char* text)
{
    return Error::badInput(Text::tr("usage: %1").arg(QString::fromUtf8(text)));
}

// "KEY=VALUE" of a --set option. Not in the template below: lupdate loses the context there.
Result<std::pair<QString, QString>> keyValue(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error::badInput(Text::tr("--set needs KEY=VALUE, got '%1'").arg(text));
    return std::pair{text.left(eq).trimmed(), text.mid(eq + 1)};
}

// A --set KEY=VALUE option, when given, goes to the service's setRule.
template <class Service> Status applySet(Service& service, const std::optional<QString>& set)
{
    if (!set)
        return success();
    auto kv = keyValue(*set);
    if (!kv)
        return kv.error();
    return service.setRule(kv->first, kv->second);
}
} // namespace

bool CustomerCommands::handles(const QString& command)
{
    return command == QLatin1String("customer") || command == QLatin1String("tiers") ||
           command == QLatin1String("dispatch") || command == QLatin1String("tasks");
}

QString CustomerCommands::usage()
{
    return QStringLiteral("  customer show CODE | customer override CODE (A|B|C|--clear) --reason TEXT\n"
                          "  tiers rules [--set KEY=VALUE] | tiers recompute [--month YYYY-MM] [--dry-run]\n"
                          "  ticket suggest NO\n"
                          "  dispatch rules [--set KEY=VALUE] [--auto on|off] | dispatch rebalance [--now ISO] "
                          "[--dry-run]\n"
                          "  dispatch duty LOGIN [--calendar NAME] [--capacity N|default]\n"
                          "  tasks generate --month YYYY-MM [--dry-run] | tasks list [--owner LOGIN] "
                          "[--customer CODE] [--all]\n"
                          "  tasks done ID [--note TEXT] [--cancel]\n");
}

Status CustomerCommands::run(CliContext& ctx, const QString& command, CliArgs& args)
{
    if (command == QLatin1String("customer"))
        return customer(ctx, args);
    if (command == QLatin1String("tiers"))
        return tiers(ctx, args);
    if (command == QLatin1String("dispatch"))
        return dispatch(ctx, args);
    return tasks(ctx, args);
}

Status CustomerCommands::suggest(CliContext& ctx, CliArgs& args)
{
    const auto number = args.positional();
    if (auto st = args.finish(); !st)
        return st;
    if (!number)
        return usageError("ticket suggest NO");
    return printFromStore(ctx, [&](Store& store) -> Result<QJsonObject> {
        auto ticket = store.tickets().findByNumber(*number);
        if (!ticket)
            return ticket.error().kind == Error::Kind::NotFound ? Error::badInput(ticket.error().message)
                                                                : ticket.error();
        DispatchService service(store, ctx.clock());
        auto rules = service.rules();
        if (!rules)
            return rules.error();
        auto ranking = service.suggest(*ticket, ctx.clock().now());
        if (!ranking)
            return ranking.error();
        return CustomerJson::ranking(*ticket, *ranking, *rules);
    });
}

Status CustomerCommands::customer(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    const auto code = args.positional();
    if (sub == QStringLiteral("show")) {
        if (auto st = args.finish(); !st)
            return st;
        if (!code)
            return usageError("customer show CODE");
        return printFromStore(
            ctx, [&](Store& store) { return CustomerArchiveService(store, ctx.clock()).load(*code); },
            CustomerJson::archive);
    }
    if (sub == QStringLiteral("override")) {
        const auto reason = args.option(QStringLiteral("--reason"));
        const bool clear = args.flag(QStringLiteral("--clear"));
        const auto tierText = clear ? std::nullopt : args.positional();
        if (auto st = args.finish(); !st)
            return st;
        if (!code || (!clear && !tierText))
            return usageError("customer override CODE (A|B|C|--clear) --reason TEXT");
        std::optional<Tier> tier;
        if (!clear) {
            tier = parseTier(*tierText);
            if (!tier)
                return Error::badInput(Text::tr("'%1' is not a tier (A, B or C)").arg(*tierText));
        }
        auto store = ctx.store();
        if (!store)
            return store.error();
        auto c = TierService(**store, ctx.clock()).override(*code, tier, reason.value_or(QString()), ctx.actor());
        if (!c)
            return c.error();
        ctx.out() << Text::tr("%1 is now tier %2").arg(c->code, tierKey(c->tier)) << Qt::endl;
        return success();
    }
    return usageError("customer show CODE | customer override CODE (A|B|C|--clear) --reason TEXT");
}

Status CustomerCommands::tiers(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("rules")) {
        const auto set = args.option(QStringLiteral("--set"));
        if (auto st = args.finish(); !st)
            return st;
        return printFromStore(
            ctx,
            [&](Store& store) -> Result<TierRule> {
                TierService service(store, ctx.clock());
                if (auto st = applySet(service, set); !st)
                    return st.error();
                return service.rule();
            },
            CustomerJson::tierRule);
    }
    if (sub == QStringLiteral("recompute")) {
        const auto monthText = args.option(QStringLiteral("--month"));
        const bool dryRun = args.flag(QStringLiteral("--dry-run"));
        if (auto st = args.finish(); !st)
            return st;
        // By default the month that just ended: the recomputation is a first-of-the-month job.
        LocalMonth month = LocalMonth::containing(ctx.clock().now()).previous();
        if (monthText) {
            auto parsed = LocalMonth::parse(*monthText);
            if (!parsed)
                return parsed.error();
            month = *parsed;
        }
        return printFromStore(
            ctx, [&](Store& store) { return TierService(store, ctx.clock()).recompute(month, dryRun, ctx.actor()); },
            CustomerJson::recompute);
    }
    return usageError("tiers rules [--set KEY=VALUE] | tiers recompute [--month YYYY-MM] [--dry-run]");
}

Status CustomerCommands::dispatch(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("rules")) {
        const auto set = args.option(QStringLiteral("--set"));
        const auto autoText = args.option(QStringLiteral("--auto"));
        if (auto st = args.finish(); !st)
            return st;
        if (autoText && *autoText != QLatin1String("on") && *autoText != QLatin1String("off"))
            return Error::badInput(Text::tr("--auto takes on or off"));
        return printFromStore(ctx, [&](Store& store) -> Result<QJsonObject> {
            DispatchService service(store, ctx.clock());
            if (auto st = applySet(service, set); !st)
                return st.error();
            if (autoText)
                if (auto st = service.setAutoDispatchOnCreate(*autoText == QLatin1String("on")); !st)
                    return st.error();
            auto rules = service.rules();
            auto on = service.autoDispatchOnCreate();
            if (!rules || !on)
                return !rules ? rules.error() : on.error();
            QJsonObject json = rules->toJson();
            json.insert(QStringLiteral("auto_dispatch_on_create"), *on);
            return json;
        });
    }
    if (sub == QStringLiteral("duty")) {
        const auto login = args.positional();
        const auto calendar = args.option(QStringLiteral("--calendar"));
        const auto capacity = args.option(QStringLiteral("--capacity"));
        if (auto st = args.finish(); !st)
            return st;
        if (!login)
            return usageError("dispatch duty LOGIN [--calendar NAME] [--capacity N|default]");
        return printFromStore(ctx, [&](Store& store) -> Result<QJsonObject> {
            auto all = store.customerRecords().duty().all();
            if (!all)
                return all.error();
            if (!all->contains(*login))
                return Error::badInput(Text::tr("no technician with login '%1'").arg(*login));
            TechnicianDuty duty = all->value(*login);
            if (calendar) {
                auto setup = SlaSetup::load(store);
                if (!setup)
                    return setup.error();
                if (!setup->calendar(*calendar))
                    return Error::badInput(Text::tr("no calendar named '%1'; known: %2")
                                               .arg(*calendar, setup->calendarNames().join(QStringLiteral(", "))));
                duty.calendar = *calendar;
            }
            if (capacity) {
                bool ok = false;
                const int n = capacity->toInt(&ok);
                if (*capacity == QLatin1String("default"))
                    duty.capacity.reset();
                else if (!ok || n < 1 || n > 1000)
                    return Error::badInput(Text::tr("--capacity takes a number from 1 to 1000, or default"));
                else
                    duty.capacity = n;
            }
            if (calendar || capacity)
                if (auto st = store.write([&]() { return store.customerRecords().duty().set(*login, duty); }); !st)
                    return st.error();
            return QJsonObject{{QStringLiteral("login"), *login},
                               {QStringLiteral("calendar"), duty.calendar},
                               {QStringLiteral("capacity"), duty.capacity ? QJsonValue(*duty.capacity) : QJsonValue()}};
        });
    }
    if (sub == QStringLiteral("rebalance")) {
        const auto nowText = args.option(QStringLiteral("--now"));
        const bool dryRun = args.flag(QStringLiteral("--dry-run"));
        if (auto st = args.finish(); !st)
            return st;
        qint64 now = ctx.clock().now();
        if (nowText) {
            auto parsed = Instant::parse(*nowText);
            if (!parsed)
                return parsed.error();
            now = *parsed;
        }
        return printFromStore(
            ctx,
            [&](Store& store) {
                FixedClock at(now);
                TicketService tickets(store, at);
                return DispatchService(store, at).rebalance(now, dryRun, tickets, ctx.actor());
            },
            [&](const QList<DispatchService::Move>& moves) { return CustomerJson::moves(moves, dryRun); });
    }
    return usageError("dispatch rules [--set KEY=VALUE] [--auto on|off] | dispatch duty LOGIN ... | "
                      "dispatch rebalance [--now ISO] [--dry-run]");
}

Status CustomerCommands::tasks(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("generate")) {
        const auto monthText = args.option(QStringLiteral("--month"));
        const bool dryRun = args.flag(QStringLiteral("--dry-run"));
        if (auto st = args.finish(); !st)
            return st;
        if (!monthText)
            return usageError("tasks generate --month YYYY-MM [--dry-run]");
        auto month = LocalMonth::parse(*monthText);
        if (!month)
            return month.error();
        return printFromStore(
            ctx, [&](Store& store) { return ServiceTaskService(store, ctx.clock()).generate(*month, dryRun); },
            CustomerJson::generated);
    }
    if (sub == QStringLiteral("list")) {
        ServiceTaskQuery query;
        query.owner = args.option(QStringLiteral("--owner")).value_or(QString());
        query.customerCode = args.option(QStringLiteral("--customer")).value_or(QString());
        query.openOnly = !args.flag(QStringLiteral("--all"));
        if (auto st = args.finish(); !st)
            return st;
        return printFromStore(
            ctx, [&](Store& store) { return ServiceTaskService(store, ctx.clock()).list(query); },
            [](const QList<ServiceTask>& list) {
                return QJsonObject{{QStringLiteral("tasks"), CustomerJson::tasks(list)}};
            });
    }
    if (sub == QStringLiteral("done")) {
        const auto idText = args.positional();
        const auto note = args.option(QStringLiteral("--note"));
        const bool cancel = args.flag(QStringLiteral("--cancel"));
        if (auto st = args.finish(); !st)
            return st;
        bool ok = false;
        const qint64 id = idText ? idText->toLongLong(&ok) : 0;
        if (!ok)
            return usageError("tasks done ID [--note TEXT] [--cancel]");
        const ServiceTaskStatus status = cancel ? ServiceTaskStatus::Cancelled : ServiceTaskStatus::Done;
        return printFromStore(
            ctx,
            [&](Store& store) {
                return ServiceTaskService(store, ctx.clock()).finish(id, status, note.value_or(QString()));
            },
            CustomerJson::task);
    }
    return usageError("tasks generate --month YYYY-MM [--dry-run] | tasks list [--owner LOGIN] [--customer CODE] "
                      "[--all] | tasks done ID [--note TEXT] [--cancel]");
}

} // namespace ingot
