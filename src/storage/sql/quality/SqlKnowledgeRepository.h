#pragma once

#include "core/repositories/QualityRepositories.h"
#include "storage/sql/quality/KnowledgeSearch.h"

#include <memory>

namespace ingot {

class SqlConnection;

class SqlKnowledgeRepository final : public KnowledgeRepository {
public:
    SqlKnowledgeRepository(SqlConnection& connection, std::unique_ptr<KnowledgeSearch> search)
        : m_c(connection), m_search(std::move(search))
    {
    }
    Status upsert(KnowledgeArticle& article) override;
    Result<KnowledgeArticle> find(const QString& code, const QString& language) override;
    Result<QList<KnowledgeArticle>> all(const QString& language) override;
    Result<QList<KnowledgeArticle>> candidates(const QStringList& terms, const QString& language, int limit) override;
    Status remove(const QString& code, const QString& language) override;
    Status setRetired(const QString& code, const QString& language, std::optional<qint64> at,
                      const QString& actor) override;
    Status recordSolved(const QString& ticketNo, const QString& code, qint64 at, const QString& actor) override;
    Result<QStringList> solvedBy(const QString& ticketNo) override;

private:
    SqlConnection& m_c;
    std::unique_ptr<KnowledgeSearch> m_search;
};

} // namespace ingot
