#pragma once

#include "core/repositories/QualityRepositories.h"

#include <memory>

namespace ingot {

class SqlConnection;
class KnowledgeSearch;
class SqlKnowledgeRepository;
class SqlSurveyRepository;
class SqlImprovementRepository;
class SqlQualityFactsRepository;
class SqlAssayRepository;

class SqlQualityRepositories final : public QualityRepositories {
public:
    SqlQualityRepositories(SqlConnection& connection, std::unique_ptr<KnowledgeSearch> knowledgeSearch);
    ~SqlQualityRepositories() override;

    KnowledgeRepository& knowledge() override;
    SurveyRepository& surveys() override;
    ImprovementRepository& improvements() override;
    QualityFactsRepository& facts() override;
    AssayRepository& assays() override;

private:
    std::unique_ptr<SqlKnowledgeRepository> m_knowledge;
    std::unique_ptr<SqlSurveyRepository> m_surveys;
    std::unique_ptr<SqlImprovementRepository> m_improvements;
    std::unique_ptr<SqlQualityFactsRepository> m_facts;
    std::unique_ptr<SqlAssayRepository> m_assays;
};

} // namespace ingot
