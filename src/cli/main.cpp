// ingotdesk-cli: the desk's engine without its window, for scripts, cron and imports.
#include "app/i18n/Translations.h"
#include "app/logging/Logging.h"
#include "cli/CliRunner.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IngotDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("IngotDesk"));
    ingot::Logging::init(ingot::Logging::Target::CliStderr);
    ingot::Translations::install(app, ingot::Translations::forEnvironment());

    QTextStream out(stdout);
    QTextStream err(stderr);
    ingot::SystemClock clock;
    ingot::CliRunner runner(clock, out, err);
    QStringList words = QCoreApplication::arguments();
    words.removeFirst();
    return runner.run(words);
}
