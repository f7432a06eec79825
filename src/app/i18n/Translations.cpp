#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ingot {

namespace {
// Marks the translators install() adds among the application's children.
const char* const kTranslatorName = "ingotdesk-translator";
}  // namespace

bool Translations::install(QCoreApplication& app, const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);

    auto* qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(kTranslatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    own->setObjectName(QLatin1String(kTranslatorName));
    if (!own->load(QStringLiteral(":/i18n/ingotdesk_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

void Translations::uninstall(QCoreApplication& app)
{
    const auto ours = app.findChildren<QTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : ours) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::system());
}

QString Translations::forEnvironment()
{
    const QString chosen = qEnvironmentVariable("INGOTDESK_LANG").trimmed().toLower();
    if (chosen.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (chosen.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

}  // namespace ingot
