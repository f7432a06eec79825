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
    struct Section {
        const QString* text;
        const char* where;
        QString name;
    };
    const Section sections[] = {
        {&cause, "cause", QCoreApplication::translate("Knowledge", "Cause")},
        {&check, "check", QCoreApplication::translate("Knowledge", "How to check")},
        {&action, "action", QCoreApplication::translate("Knowledge", "What to do")},
        {&customerReply, "customer_reply", QCoreApplication::translate("Knowledge", "What to tell the customer")},
        {&keywords, "keywords", QCoreApplication::translate("Knowledge", "Keywords")},
    };
    bool anySection = false;
    for (const Section& s : sections) {
        if (s.text->size() > kMaxText)
            return Error::badInput(QCoreApplication::translate("Knowledge", "'%1' is longer than %2 characters")
                                       .arg(s.name)
                                       .arg(kMaxText),
                                   QString::fromLatin1(s.where));
        if (s.text != &keywords && !s.text->trimmed().isEmpty())
            anySection = true;
    }
    if (!anySection)
        return Error::badInput(QCoreApplication::translate("Knowledge",
                                                           "fill in at least one of cause, how to check, what to do "
                                                           "and what to tell the customer"),
                               QStringLiteral("cause"));
    return success();
}

} // namespace ingot
