#include "cli/CliContext.h"

#include "app/security/Authorizer.h"
#include "app/security/UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
}  // namespace

CliContext::CliContext(QString dbPath, const Clock& clock, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_clock(clock), m_out(out), m_err(err)
{
}

Actor CliContext::localAdmin()
{
    QString user;
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            break;
    }
    return {QStringLiteral("local:") + (user.isEmpty() ? QStringLiteral("unknown") : user), Role::Admin, true};
}

void CliContext::signInAs(const QString& login, const QString& password)
{
    m_login = UserService::normalizeLogin(login);
    m_password = password;
    m_actor = Actor{*m_login, Role::Agent, false};  // until the sign-in tells the role
}

Result<QString> CliContext::newPassword(const QString& login)
{
    const QString env = qEnvironmentVariable("INGOTDESK_NEW_PASSWORD");
    if (!env.isEmpty())
        return env;
    auto first = m_prompt(Text::tr("New password for %1: ").arg(login));
    if (!first)
        return Error::badInput(Text::tr("no password given: set INGOTDESK_NEW_PASSWORD or run in a terminal"));
    auto second = m_prompt(Text::tr("Repeat the password: "));
    if (!second || *second != *first)
        return Error::badInput(Text::tr("the two passwords differ; nothing was changed"));
    return *first;
}

Status CliContext::require(Permission permission)
{
    if (!m_login)
        return Authorizer::require(m_actor, permission);  // local admin mode
    const bool wasOpen = m_store != nullptr;
    if (auto st = store(); !st)
        return st.error();
    if (!wasOpen)
        m_store.reset();  // the file itself is what the command works on
    return Authorizer::require(m_actor, permission);
}

Result<Store*> CliContext::store(bool create)
{
    if (!m_store) {
        if (create && !onPostgres())
            QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
        auto opened = StoreOpener::open(m_dbPath, StoreOpener::Options{create, true, false});
        if (!opened)
            return opened.error();
        m_schemaVersion = opened->schemaVersion;
        std::unique_ptr<Store> store = std::move(opened->store);
        if (m_login) {
            auto user = UserService(*store, m_clock, hasher()).signIn(*m_login, m_password);
            if (!user)
                return user.error();
            m_actor = store->actor();
        } else {
            spdlog::warn("no --user: running as the local administrator {} with full rights; the audit trail names it",
                         m_actor.login.toStdString());
            store->setActor(m_actor);
        }
        m_store = std::move(store);
    }
    return m_store.get();
}

}  // namespace ingot
