#pragma once

#include "app/security/PasswordHasher.h"
#include "cli/TerminalPrompt.h"
#include "core/common/Clock.h"
#include "core/security/Actor.h"
#include "core/security/Permission.h"
#include "app/storage/StoreOpener.h"

#include <QTextStream>

namespace ingot {

// What every command gets: the database setting (a SQLite file or a PostgreSQL address), the clock,
// stdout and stderr, and a store opened on demand.
class CliContext final {
public:
    CliContext(QString dbPath, const Clock& clock, QTextStream& out, QTextStream& err);

    const QString& dbPath() const { return m_dbPath; }
    bool onPostgres() const { return StoreOpener::isPostgres(m_dbPath); }
    // The database as people should read it: the file's absolute path or the address without password.
    QString dbName() const { return StoreOpener::displayName(m_dbPath); }
    // For commands that work on the database file itself (backup, restore, check).
    Status requireFile(const QString& command) const { return StoreOpener::requireFile(m_dbPath, command); }
    const Clock& clock() const { return m_clock; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QString actor() const { return m_actor.login; }  // who the history names (see identity())
    const Actor& identity() const { return m_actor; }

    // --user LOGIN with its password: the store signs in as that user when it opens. Without it the
    // run is in local admin mode: whoever can read the file is its administrator, and the audit
    // trail names the OS user as "local:NAME".
    void signInAs(const QString& login, const QString& password);
    static Actor localAdmin();
    void setPasswordCost(const PasswordHasher::Cost& cost) { m_cost = cost; }
    PasswordHasher hasher() const { return PasswordHasher(m_cost); }
    // A new password for `user add` / `user passwd`: $INGOTDESK_NEW_PASSWORD, else asked twice on
    // the terminal; bad input when neither is possible or the two entries differ.
    Result<QString> newPassword(const QString& login);
    void setPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }
    // For commands that work on the file rather than through a store (backup, restore, check): signs
    // in when --user was given, checks the permission, and closes the connection again.
    Status require(Permission permission);
    const SecretPrompt& prompt() const { return m_prompt; }

    // Opens the database once, migrating an older schema (after copying it aside); only `init`
    // creates a missing file, so a typo in --db does not silently start an empty desk.
    Result<Store*> store(bool create = false);
    int schemaVersion() const { return m_schemaVersion; }  // of the opened store

private:
    QString m_dbPath;
    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Store> m_store;
    int m_schemaVersion = 0;
    Actor m_actor = localAdmin();
    std::optional<QString> m_login;
    QString m_password;
    PasswordHasher::Cost m_cost = PasswordHasher::standard();
    SecretPrompt m_prompt = &TerminalPrompt::readSecret;
};

}  // namespace ingot
