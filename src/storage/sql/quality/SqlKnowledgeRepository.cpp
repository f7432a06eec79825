#include "storage/sql/quality/SqlKnowledgeRepository.h"

#include "storage/sql/SqlRows.h"
#include "storage/sql/quality/QualitySql.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

constexpr int kMaxTerms = 16;

const QString kColumns = QStringLiteral(
    "a.id, a.code, a.language, a.category, a.title, a.cause, a.check_text, a.action_text, a.customer_reply, "
    "a.keywords, a.updated_at, a.updated_by, (SELECT count(*) FROM kb_solutions s WHERE s.article_id = a.id), "
    "a.retired_at, a.retired_by ");

KnowledgeArticle fromRow(const QSqlQuery& q)
{
    KnowledgeArticle a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.language = q.value(2).toString();
    a.category = parseCategory(q.value(3).toString()).value_or(Category::Other);
    a.title = q.value(4).toString();
    a.cause = q.value(5).toString();
    a.check = q.value(6).toString();
    a.action = q.value(7).toString();
    a.customerReply = q.value(8).toString();
    a.keywords = q.value(9).toString();
    a.updatedAt = q.value(10).toLongLong();
    a.updatedBy = q.value(11).toString();
    a.solvedCount = q.value(12).toInt();
    if (!q.value(13).isNull())
        a.retiredAt = q.value(13).toLongLong();
    a.retiredBy = q.value(14).toString();
    return a;
}

Result<QList<KnowledgeArticle>> readAll(QSqlQuery& s)
{
    QList<KnowledgeArticle> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}
} // namespace

Status SqlKnowledgeRepository::upsert(KnowledgeArticle& a)
{
    if (auto st = a.validate(); !st)
        return st;
    auto q = quality_sql::run(
        m_c,
        QStringLiteral(
            "INSERT INTO kb_articles (code, language, category, title, cause, check_text, action_text, "
            "customer_reply, keywords, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(code, language) DO UPDATE SET category = excluded.category, title = excluded.title, "
            "cause = excluded.cause, check_text = excluded.check_text, action_text = excluded.action_text, "
            "customer_reply = excluded.customer_reply, keywords = excluded.keywords, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by RETURNING id"),
        {a.code, a.language, categoryKey(a.category), a.title.trimmed(), text(a.cause), text(a.check), text(a.action),
         text(a.customerReply), text(a.keywords), a.updatedAt, text(a.updatedBy)},
        Text::tr("saving knowledge article %1").arg(a.code));
    if (!q)
        return q.error();
    if ((*q)->next())
        a.id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return success();
}

Result<KnowledgeArticle> SqlKnowledgeRepository::find(const QString& code, const QString& language)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral("FROM kb_articles a WHERE a.code = ? AND a.language = ?"),
                              {code, language}, Text::tr("reading a knowledge article"));
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::notFound(Text::tr("no knowledge article %1 in language '%2'").arg(code, language));
    }
    KnowledgeArticle a = fromRow(**q);
    (*q)->finish();
    return a;
}

Result<QList<KnowledgeArticle>> SqlKnowledgeRepository::all(const QString& language)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral("FROM kb_articles a WHERE ? = '' OR a.language = ? ORDER BY a.code, a.language"),
        {text(language), text(language)}, Text::tr("reading the knowledge base"));
    if (!q)
        return q.error();
    return readAll(**q);
}

Result<QList<KnowledgeArticle>> SqlKnowledgeRepository::candidates(const QStringList& terms, const QString& language,
                                                                      int limit)
{
    QStringList wanted;
    for (const QString& raw : terms) {
        const QString t = raw.trimmed();
        if (t.isEmpty())
            continue;
        if (wanted.size() >= kMaxTerms)
            break;
        wanted << t;
    }
    if (wanted.isEmpty())
        return QList<KnowledgeArticle>{};

    const KnowledgeSearch::Source source = m_search->matching(wanted);
    QVariantList values = source.values;
    values << text(language) << text(language) << limit;
    auto q =
        quality_sql::run(m_c,
                         QStringLiteral("SELECT ") + kColumns + QStringLiteral("FROM kb_articles a WHERE a.id IN (") +
                             source.sql +
                             QStringLiteral(") AND a.retired_at IS NULL AND (? = '' OR a.language = ?) "
                                            "ORDER BY a.id LIMIT ?"),
                         values, Text::tr("searching the knowledge base"));
    if (!q)
        return q.error();
    return readAll(**q);
}

Status SqlKnowledgeRepository::remove(const QString& code, const QString& language)
{
    auto q = quality_sql::run(m_c, QStringLiteral("DELETE FROM kb_articles WHERE code = ? AND language = ?"),
                              {code, language}, Text::tr("removing a knowledge article"));
    if (!q)
        return q.error();
    const int removed = (*q)->numRowsAffected();
    (*q)->finish();
    if (removed == 0)
        return Error::notFound(Text::tr("no knowledge article %1 in language '%2'").arg(code, language));
    return success();
}

Status SqlKnowledgeRepository::setRetired(const QString& code, const QString& language, std::optional<qint64> at,
                                             const QString& actor)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("UPDATE kb_articles SET retired_at = ?, retired_by = ? "
                                             "WHERE code = ? AND language = ?"),
                              {at ? QVariant(*at) : QVariant(QMetaType(QMetaType::LongLong)), text(at ? actor : QString()),
                               code, language},
                              Text::tr("retiring a knowledge article"));
    if (!q)
        return q.error();
    const int changed = (*q)->numRowsAffected();
    (*q)->finish();
    if (changed == 0)
        return Error::notFound(Text::tr("no knowledge article %1 in language '%2'").arg(code, language));
    return success();
}

Status SqlKnowledgeRepository::recordSolved(const QString& ticketNo, const QString& code, qint64 at,
                                               const QString& actor)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("INSERT INTO kb_solutions (ticket_id, article_id, at, actor) "
                                             "SELECT t.id, a.id, ?, ? FROM tickets t JOIN kb_articles a ON a.code = ? "
                                             "WHERE t.ticket_no = ? ON CONFLICT DO NOTHING"),
                              {at, text(actor), code, ticketNo}, Text::tr("recording the article that solved a ticket"));
    if (!q)
        return q.error();
    (*q)->finish();
    // Nothing inserted and nothing there: the ticket or the article does not exist.
    auto check = quality_sql::run(
        m_c,
        QStringLiteral("SELECT count(*) FROM kb_solutions s JOIN tickets t ON t.id = s.ticket_id "
                       "JOIN kb_articles a ON a.id = s.article_id WHERE t.ticket_no = ? AND a.code = ?"),
        {ticketNo, code}, Text::tr("recording the article that solved a ticket"));
    if (!check)
        return check.error();
    const bool found = (*check)->next() && (*check)->value(0).toInt() > 0;
    (*check)->finish();
    if (!found)
        return Error::badInput(Text::tr("no ticket %1 or no knowledge article %2").arg(ticketNo, code));
    return success();
}

Result<QStringList> SqlKnowledgeRepository::solvedBy(const QString& ticketNo)
{
    return quality_sql::strings(
        m_c,
        QStringLiteral("SELECT DISTINCT a.code FROM kb_solutions s JOIN tickets t ON t.id = s.ticket_id "
                       "JOIN kb_articles a ON a.id = s.article_id WHERE t.ticket_no = ? "
                       "ORDER BY a.code"),
        {ticketNo}, Text::tr("reading solved-by articles"));
}

} // namespace ingot
