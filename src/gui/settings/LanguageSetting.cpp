#include "gui/settings/LanguageSetting.h"

#include <QLocale>
#include <QSettings>

namespace ingot {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString LanguageSetting::saved()
{
    return normalize(QSettings().value(kKey).toString());
}

void LanguageSetting::save(const QString& language)
{
    QSettings().setValue(kKey, normalize(language));
}

QString LanguageSetting::normalize(const QString& language)
{
    const QString l = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (l.startsWith(QLatin1String("zh")) || l == QStringLiteral("中文") || l == QLatin1String("cn"))
        return QStringLiteral("zh_CN");
    if (l.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return {};
}

QString LanguageSetting::resolve(const QString& commandLine)
{
    if (const QString cli = normalize(commandLine); !cli.isEmpty())
        return cli;
    if (const QString s = saved(); !s.isEmpty())
        return s;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

}  // namespace ingot
