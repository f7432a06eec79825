#include "gui/settings/DatabaseSetting.h"

#include "app/storage/StoreOpener.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSetting)
};

const QString kAddress = QStringLiteral("database/address");
const QString kPasswordFile = QStringLiteral("database/passwordFile");
}  // namespace

DatabaseSetting::Choice DatabaseSetting::saved()
{
    QSettings s;
    return {s.value(kAddress).toString(), s.value(kPasswordFile).toString()};
}

void DatabaseSetting::save(const Choice& choice)
{
    QSettings s;
    if (choice.address.trimmed().isEmpty())
        s.remove(kAddress);
    else
        s.setValue(kAddress, choice.address.trimmed());
    if (choice.passwordFile.trimmed().isEmpty())
        s.remove(kPasswordFile);
    else
        s.setValue(kPasswordFile, choice.passwordFile.trimmed());
}

DatabaseSetting::Choice DatabaseSetting::resolve(const QString& dbOption, const QString& passwordFileOption,
                                                 const QString& fallbackFile)
{
    if (!dbOption.isEmpty())
        return {dbOption, passwordFileOption};
    if (const QString env = qEnvironmentVariable("INGOTDESK_DB"); !env.isEmpty())
        return {env, passwordFileOption};
    Choice choice = saved();
    if (!passwordFileOption.isEmpty())
        choice.passwordFile = passwordFileOption;
    if (choice.address.isEmpty())
        choice.address = fallbackFile;
    return choice;
}

QString DatabaseSetting::problem(const Choice& choice)
{
    const QString address = choice.address.trimmed();
    if (address.isEmpty())
        return {};  // the desk's own file
    if (!StoreOpener::isPostgres(address)) {
        if (!choice.passwordFile.trimmed().isEmpty())
            return Text::tr("A password file is only for a PostgreSQL address.");
        return {};
    }
    auto settings = PostgresSettings::parse(address);
    if (!settings)
        return settings.error().message;
    if (!choice.passwordFile.trimmed().isEmpty() && !QFileInfo::exists(choice.passwordFile.trimmed()))
        return Text::tr("The password file %1 does not exist.").arg(choice.passwordFile.trimmed());
    return {};
}

}  // namespace ingot
