#pragma once

#include "core/repositories/QualityRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteKnowledgeRepository final : public KnowledgeRepository {
public:
    explicit SqliteKnowledgeRepository(SqliteConnection& connection) : m_c(connection) {}
    Status upsert(KnowledgeArticle& article) override;
    Result<KnowledgeArticle> find(const QString& code, const QString& language) override;
    Result<QList<KnowledgeArticle>> all(const QString& language) override;
    Result<QList<KnowledgeArticle>> candidates(const QStringList& terms, const QString& language, int limit) override;
    Status remove(const QString& code, const QString& language) override;
    Status setRetired(const QString& code, const QString& language, std::optional<qint64> at,
                      const QString& actor) override;
    Status recordSolved(const QString& ticketNo, const QString& code, qint64 at, const QString& actor) override;
    Result<QStringList> solvedBy(const QString& ticketNo) override;

    // The FTS5 query for terms of three characters or more: each term a quoted phrase, joined by OR.
    static QString ftsQuery(const QStringList& longTerms);
    // The bigram index query for shorter terms.
    static QString bigramQuery(const QStringList& shortTerms);

private:
    SqliteConnection& m_c;
};

} // namespace ingot
