#include "core/quality/KnowledgeArticle.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ingot {

namespace {
constexpr int kMaxText = 8000;
} // namespace

Status KnowledgeArticle::validate() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$"));
    if (!codePattern.match(code).hasMatch())
        return Error::badInput(
            QCoreApplication::translate("Knowledge", "an article code is 2-40 letters, digits, '-' or '_', not '%1'")
                .arg(code),
            QStringLiteral("code"));
    if (language != QLatin1String("zh") && language != QLatin1String("en"))
        return Error::badInput(
            QCoreApplication::translate("Knowledge", "an article's language is zh or en, not '%1'").arg(language),
            QStringLiteral("language"));
    if (title.trimmed().isEmpty())
        return Error::badInput(QCoreApplication::translate("Knowledge", "an article needs a title"),
                               QStringLiteral("title"));
    if (title.size() > 200)
        return Error::badInput(QCoreApplication::translate("Knowledge", "the title is longer than 200 characters"),
                               QStringLiteral("title"));
    for (const QString* field : {&cause, &check, &action, &customerReply, &keywords})
        if (field->size() > kMaxText)
            return Error::badInput(
                QCoreApplication::translate("Knowledge", "a section is longer than %1 characters").arg(kMaxText));
    return success();
}

} // namespace ingot
