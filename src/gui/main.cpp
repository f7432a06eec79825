// ingotdesk: the service desk window.
#include "app/backup/BackupService.h"
#include "app/backup/DailyBackup.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ScreenshotRunner.h"
#include "gui/security/FirstRunWizard.h"
#include "gui/security/LoginDialog.h"
#include "app/security/UserService.h"
#include "app/i18n/Translations.h"
#include "app/storage/StoreOpener.h"
#include "gui/settings/DatabaseSetting.h"
#include "gui/settings/LanguageSetting.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <cstdio>

namespace {

// Exit codes shared with ingotdesk-cli (cli-contract.md).
constexpr int kExitInternal = 1;
constexpr int kExitUsage = 2;
constexpr int kExitRefused = 3;

QString defaultDbPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ingotdesk.db");
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IngotDesk"));
    QApplication::setApplicationName(QStringLiteral("IngotDesk"));
    QApplication::setApplicationVersion(QStringLiteral(INGOTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IngotDesk — lead ingot service desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file or postgresql://user@host[:port]/dbname (default: $INGOTDESK_DB, else the "
                       "connection setting, else the desk's data folder)."),
        QStringLiteral("path|address"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("db-password-file"),
        QStringLiteral("PostgreSQL password file (the password alone or ~/.pgpass lines); never the password itself."),
        QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: zh_CN or en (default: the saved setting, else the system's)."),
                                        QStringLiteral("language"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Grab the window into a PNG and quit."),
                                  QStringLiteral("png"));
    shotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotOfOption(QStringLiteral("screenshot-of"),
                                    QString::fromLatin1(ingot::ScreenshotRunner::subjectNames()),
                                    QStringLiteral("subject"), QStringLiteral("main"));
    shotOfOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Login to pre-fill in the sign-in dialog."),
                                        QStringLiteral("login"));
    // Whoever can read the database file is its administrator anyway (the CLI without --user works
    // the same way): screenshots, tests and recovery start without the sign-in, and the audit trail
    // names the OS user as "local:NAME". --screenshot implies it.
    const QCommandLineOption localAdminOption(
        QStringLiteral("local-admin"),
        QStringLiteral("Open without signing in, as the local administrator (recorded in the audit trail)."));
    parser.addOptions({dbOption, passwordFileOption, langOption, shotOption, shotOfOption, userOption, localAdminOption});
    parser.process(app);

    if (parser.isSet(langOption) && ingot::LanguageSetting::normalize(parser.value(langOption)).isEmpty()) {
        std::fprintf(stderr, "error: --lang must be zh_CN or en\n");
        return kExitUsage;
    }
    const QString language = ingot::LanguageSetting::resolve(parser.value(langOption));
    ingot::Translations::install(app, language);

    const bool screenshot = parser.isSet(shotOption);
    const auto subject = ingot::ScreenshotRunner::parseSubject(parser.value(shotOfOption));
    if (!subject) {
        std::fprintf(stderr, "error: --screenshot-of must be %s\n", ingot::ScreenshotRunner::subjectNames());
        return kExitUsage;
    }

    // A file (SQLite) or a postgresql:// address (team mode); StoreOpener decides which.
    const ingot::DatabaseSetting::Choice database = ingot::DatabaseSetting::resolve(
        parser.value(dbOption), parser.value(passwordFileOption), defaultDbPath());
    if (const QString problem = ingot::DatabaseSetting::problem(database); !problem.isEmpty()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(problem));
        return kExitUsage;
    }
    const bool onPostgres = ingot::StoreOpener::isPostgres(database.address);
    const QString dbPath = onPostgres ? database.address.trimmed() : QFileInfo(database.address).absoluteFilePath();
    ingot::StoreOpener::setPasswordFile(database.passwordFile);
    if (!onPostgres)
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
    // Sign out closes the window and comes back here for the next sign-in.
    for (;;) {
        auto opened = ingot::StoreOpener::open(dbPath, ingot::StoreOpener::Options{true, true, false});
        if (!opened) {
            const ingot::Error& error = opened.error();
            const QString text = QCoreApplication::translate("main", "IngotDesk cannot open the database\n%1\n\n%2")
                                     .arg(ingot::StoreOpener::displayName(dbPath), error.text());
            std::fprintf(stderr, "%s\n", qPrintable(text));
            if (!screenshot)
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "IngotDesk"), text);
            return error.kind == ingot::Error::Kind::Refused ? kExitRefused
                   : error.kind == ingot::Error::Kind::Internal ? kExitInternal
                                                                : kExitUsage;
        }

        std::unique_ptr<ingot::Store> store = std::move(opened->store);
        QString displayName;
        if (screenshot || parser.isSet(localAdminOption)) {
            store->setActor({QStringLiteral("local:") + ingot::DeskSession::systemAgent(), ingot::Role::Admin, true});
            qWarning("IngotDesk: no sign-in (--local-admin): running as the local administrator %s",
                     qPrintable(store->actor().login));
        } else {
            ingot::SystemClock clock;
            ingot::UserService users(*store, clock);
            auto hasUsers = users.hasUsers();
            if (!hasUsers) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "IngotDesk"), hasUsers.error().text());
                return kExitInternal;
            }
            QString login = parser.value(userOption);
            if (!*hasUsers) {
                ingot::FirstRunWizard wizard(users);
                if (wizard.exec() != QDialog::Accepted)
                    return 0;
                login = wizard.login();
            }
            ingot::LoginDialog dialog(users, language.startsWith(QLatin1String("zh")) ? QStringLiteral("中文（简体）")
                                                                                       : QStringLiteral("English"));
            dialog.setLogin(login);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            if (auto me = store->users().findByLogin(store->actor().login))
                displayName = me->displayName;
        }
        const QString agent = store->actor().login;
        ingot::DeskSession session(std::move(store), dbPath, agent);
        session.setDisplayName(displayName);
        ingot::MainWindow window(session);
        if (!screenshot) {
            window.restoreLayout();
            window.show();
            // The daily backup of a SQLite file, off the GUI thread (docs/reliability.md). A PostgreSQL
            // server is backed up by its administrator (pg_dump), not by each desk.
            std::unique_ptr<ingot::DailyBackup> backups;
            if (!onPostgres) {
                const auto keepDays = ingot::BackupService::keepDays(session.store());
                backups = std::make_unique<ingot::DailyBackup>(
                    dbPath, ingot::BackupService::defaultFolder(),
                    keepDays ? *keepDays : ingot::BackupService::kDefaultKeepDays);
                backups->start();
            }
            const int code = QApplication::exec();
            if (session.signOutRequested())
                continue;
            return code;
        }

        // Documentation screenshots: a fixed size and no saved layout, so that every run looks the same.
        window.resize(1560, 940);
        window.show();
        ingot::ScreenshotRunner runner(window, session, *subject, parser.value(shotOption));
        int exitCode = 0;
        QObject::connect(&runner, &ingot::ScreenshotRunner::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QApplication::quit();
        });
        runner.start();
        QApplication::exec();
        return exitCode;
    }
}
