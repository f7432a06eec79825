#include "cli/commands/UserCommands.h"

#include "app/security/UserService.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char* const kUsage = QT_TRANSLATE_NOOP("Cli",
                                             "  user add LOGIN --name NAME --role agent|technician|supervisor|manager|admin\n"
                                             "  user list | user role LOGIN ROLE | user passwd LOGIN\n"
                                             "  user unlock LOGIN | user disable LOGIN | user enable LOGIN\n"
                                             "  user demo   sign-ins for a DEMO database (passwords in README)\n"
                                             "     (new passwords: $INGOTDESK_NEW_PASSWORD, else asked on the terminal)\n");

QJsonObject userJson(const User& u)
{
    return QJsonObject{{QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.displayName},
                       {QStringLiteral("role"), roleKey(u.role)},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("failed_attempts"), u.failedAttempts},
                       {QStringLiteral("locked_until"),
                        u.lockedUntil ? QJsonValue(Instant::format(*u.lockedUntil)) : QJsonValue()},
                       {QStringLiteral("created_at"), Instant::format(u.createdAt)},
                       {QStringLiteral("changed_at"), Instant::format(u.changedAt)}};
}

Result<Role> roleArgument(const std::optional<QString>& text)
{
    if (!text)
        return Error::badInput(Text::tr("a role is required: agent, technician, supervisor, manager or admin"));
    auto role = parseRole(*text);
    if (!role)
        return Error::badInput(
            Text::tr("unknown role '%1' (known: agent, technician, supervisor, manager, admin)").arg(*text));
    return *role;
}

Status printed(CliContext& ctx, const Result<User>& user, const QString& message)
{
    if (!user)
        return user.error();
    ctx.out() << message.arg(user->login) << Qt::endl;
    return success();
}
}  // namespace

QString UserCommands::usage()
{
    return Text::tr(kUsage);
}

Status UserCommands::run(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    const bool noLogin = sub == QStringLiteral("list") || sub == QStringLiteral("demo");
    const auto login = noLogin ? std::optional<QString>() : args.positional();
    std::optional<QString> name, roleText;
    if (sub == QStringLiteral("add")) {
        name = args.option(QStringLiteral("--name"));
        roleText = args.option(QStringLiteral("--role"));
    } else if (sub == QStringLiteral("role")) {
        roleText = args.positional();
    }
    if (args.missingValue())
        return Error::badInput(usage());
    if (auto st = args.finish(); !st)
        return st;
    const QStringList known{QStringLiteral("add"),    QStringLiteral("list"),    QStringLiteral("role"),
                            QStringLiteral("passwd"), QStringLiteral("unlock"), QStringLiteral("disable"),
                            QStringLiteral("enable"), QStringLiteral("demo")};
    if (!sub || !known.contains(*sub) || (!noLogin && !login))
        return Error::badInput(Text::tr("usage:\n") + usage());

    std::optional<Role> role;
    if (sub == QStringLiteral("add") || sub == QStringLiteral("role")) {
        auto r = roleArgument(roleText);
        if (!r)
            return r.error();
        role = *r;
    }
    // Asked before the store opens, so a refused or mistyped password leaves nothing half done.
    QString password;
    if (sub == QStringLiteral("add") || sub == QStringLiteral("passwd")) {
        auto p = ctx.newPassword(UserService::normalizeLogin(*login));
        if (!p)
            return p.error();
        password = *p;
    }

    auto store = ctx.store();
    if (!store)
        return store.error();
    UserService users(**store, ctx.clock(), ctx.hasher());
    if (sub == QStringLiteral("list")) {
        auto all = users.list();
        if (!all)
            return all.error();
        QJsonArray rows;
        for (const User& u : all.value())
            rows << userJson(u);
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return success();
    }
    if (sub == QStringLiteral("demo")) {
        auto made = users.createDemoUsers();
        if (!made)
            return made.error();
        ctx.out() << Text::tr("%n demo user(s) created", nullptr, static_cast<int>(*made)) << Qt::endl;
        return success();
    }
    if (sub == QStringLiteral("add"))
        return printed(ctx, users.create({*login, name.value_or(QString()), *role, password}),
                       Text::tr("user %1 created"));
    if (sub == QStringLiteral("role"))
        return printed(ctx, users.setRole(*login, *role), Text::tr("user %1: role changed"));
    if (sub == QStringLiteral("passwd"))
        return printed(ctx, users.setPassword(*login, password), Text::tr("user %1: password changed"));
    if (sub == QStringLiteral("unlock"))
        return printed(ctx, users.unlock(*login), Text::tr("user %1 unlocked"));
    if (sub == QStringLiteral("disable"))
        return printed(ctx, users.setActive(*login, false), Text::tr("user %1 disabled"));
    return printed(ctx, users.setActive(*login, true), Text::tr("user %1 enabled"));
}

}  // namespace ingot
