#pragma once

#include "core/repositories/QualityRepositories.h"

#include <memory>

namespace ingot {

class SqliteConnection;
class SqliteKnowledgeRepository;
class SqliteSurveyRepository;
class SqliteImprovementRepository;
class SqliteQualityFactsRepository;
class SqliteAssayRepository;

class SqliteQualityRepositories final : public QualityRepositories {
public:
    explicit SqliteQualityRepositories(SqliteConnection& connection);
    ~SqliteQualityRepositories() override;

    KnowledgeRepository& knowledge() override;
    SurveyRepository& surveys() override;
    ImprovementRepository& improvements() override;
    QualityFactsRepository& facts() override;
    AssayRepository& assays() override;

private:
    std::unique_ptr<SqliteKnowledgeRepository> m_knowledge;
    std::unique_ptr<SqliteSurveyRepository> m_surveys;
    std::unique_ptr<SqliteImprovementRepository> m_improvements;
    std::unique_ptr<SqliteQualityFactsRepository> m_facts;
    std::unique_ptr<SqliteAssayRepository> m_assays;
};

} // namespace ingot
