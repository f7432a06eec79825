// ingotdesk: the service desk window.
#include "app/backup/BackupService.h"
#include "app/backup/DailyBackup.h"
#include "gui/main/DeskSession.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ScreenshotRunner.h"
#include "app/i18n/Translations.h"
#include "gui/settings/LanguageSetting.h"
#include "storage/sqlite/SqliteStore.h"

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
    if (const QString env = QString::fromLocal8Bit(qgetenv("INGOTDESK_DB")); !env.isEmpty())
        return env;
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
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file (default: $INGOTDESK_DB, else the desk's data folder)."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: zh_CN or en (default: the saved setting, else the system's)."),
                                        QStringLiteral("language"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Grab the window into a PNG and quit."),
                                  QStringLiteral("png"));
    shotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotOfOption(QStringLiteral("screenshot-of"), QStringLiteral("main, new-ticket or settings."),
                                    QStringLiteral("subject"), QStringLiteral("main"));
    shotOfOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, langOption, shotOption, shotOfOption});
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
        std::fprintf(stderr, "error: --screenshot-of must be main, new-ticket or settings\n");
        return kExitUsage;
    }

    const QString dbPath = QFileInfo(parser.isSet(dbOption) ? parser.value(dbOption) : defaultDbPath()).absoluteFilePath();
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    auto opened = ingot::SqliteStore::open(dbPath, ingot::SqliteStore::Options{});
    if (!opened) {
        const ingot::Error& error = opened.error();
        const QString text = QCoreApplication::translate("main", "IngotDesk cannot open the database\n%1\n\n%2").arg(dbPath, error.text());
        std::fprintf(stderr, "%s\n", qPrintable(text));
        if (!screenshot)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "IngotDesk"), text);
        return error.kind == ingot::Error::Kind::Refused ? kExitRefused : kExitInternal;
    }

    ingot::DeskSession session(std::move(opened).value(), dbPath, ingot::DeskSession::systemAgent());
    ingot::MainWindow window(session);
    if (!screenshot) {
        window.restoreLayout();
        window.show();
        // The daily backup, off the GUI thread (docs/reliability.md).
        const auto keepDays = ingot::BackupService::keepDays(session.store());
        ingot::DailyBackup backups(dbPath, ingot::BackupService::defaultFolder(),
                                   keepDays ? *keepDays : ingot::BackupService::kDefaultKeepDays);
        backups.start();
        return QApplication::exec();
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
