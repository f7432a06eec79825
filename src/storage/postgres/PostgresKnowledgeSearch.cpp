#include "storage/postgres/PostgresKnowledgeSearch.h"

#include "storage/postgres/PostgresDialect.h"

namespace ingot {

KnowledgeSearch::Source PostgresKnowledgeSearch::matching(const QStringList& terms) const
{
    static const QStringList columns{QStringLiteral("title"),       QStringLiteral("keywords"),
                                     QStringLiteral("cause"),       QStringLiteral("check_text"),
                                     QStringLiteral("action_text"), QStringLiteral("customer_reply")};
    const PostgresDialect& d = PostgresDialect::instance();
    QStringList conditions;
    Source out;
    for (const QString& t : terms) {
        const QString pattern = SqlDialect::containsPattern(QString(t).remove(QChar(u'\0')));
        for (const QString& c : columns) {
            conditions << d.likeIgnoringCase(c);
            out.values << pattern;
        }
    }
    out.sql = QStringLiteral("SELECT id FROM kb_articles WHERE ") + conditions.join(QStringLiteral(" OR "));
    return out;
}

}  // namespace ingot
