#include "cli/commands/TicketCommands.h"

#include "app/io/TicketJson.h"
#include "app/tickets/TicketService.h"
#include "cli/commands/CustomerCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
}  // namespace

Status TicketCommands::run(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    if (sub == QStringLiteral("show"))
        return show(ctx, args);
    if (sub == QStringLiteral("act"))
        return act(ctx, args);
    if (sub == QStringLiteral("suggest"))
        return CustomerCommands::suggest(ctx, args);
    return Error::badInput(Text::tr("usage: ticket show NO | ticket act NO ACTION [--value V] [--note TEXT]"));
}

Status TicketCommands::show(CliContext& ctx, CliArgs& args)
{
    const auto number = args.positional();
    if (auto st = args.finish(); !st)
        return st;
    if (!number)
        return Error::badInput(Text::tr("usage: ticket show NO"));
    auto store = ctx.store();
    if (!store)
        return store.error();
    TicketService service(**store, ctx.clock());
    auto ticket = service.find(*number);
    if (!ticket)
        return ticket.error().kind == Error::Kind::NotFound ? Error::badInput(ticket.error().message) : ticket.error();
    auto history = service.history(*ticket);
    if (!history)
        return history.error();
    ctx.out() << QJsonDocument(TicketJson::ticket(*ticket, *history, **store, ctx.clock()))
                     .toJson(QJsonDocument::Indented);
    return success();
}

Status TicketCommands::act(CliContext& ctx, CliArgs& args)
{
    TicketService::ActionInput in;
    const auto number = args.positional();
    const auto action = args.positional();
    in.value = args.option(QStringLiteral("--value")).value_or(QString());
    in.note = args.option(QStringLiteral("--note")).value_or(QString());
    if (auto st = args.finish(); !st)
        return st;
    if (!number || !action)
        return Error::badInput(Text::tr("usage: ticket act NO ACTION [--value V] [--note TEXT]"));
    const auto parsed = parseAction(*action);
    if (!parsed)
        return Error::badInput(Text::tr("'%1' is not an action").arg(*action));
    in.number = *number;
    in.action = *parsed;
    auto store = ctx.store();
    if (!store)
        return store.error();
    TicketService service(**store, ctx.clock());
    auto t = service.act(in, ctx.actor());
    if (!t)
        return t.error();
    ctx.out() << Text::tr("%1 is now %2").arg(t->number, stageKey(t->state.stage)) << Qt::endl;
    return success();
}

}  // namespace ingot
