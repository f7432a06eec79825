#include "storage/sql/quality/SqlQualityRepositories.h"

#include "storage/sql/quality/SqlAssayRepository.h"
#include "storage/sql/quality/SqlImprovementRepository.h"
#include "storage/sql/quality/SqlKnowledgeRepository.h"
#include "storage/sql/quality/SqlQualityFactsRepository.h"
#include "storage/sql/quality/SqlSurveyRepository.h"

namespace ingot {

SqlQualityRepositories::SqlQualityRepositories(SqlConnection& connection,
                                               std::unique_ptr<KnowledgeSearch> knowledgeSearch)
    : m_knowledge(std::make_unique<SqlKnowledgeRepository>(connection, std::move(knowledgeSearch))),
      m_surveys(std::make_unique<SqlSurveyRepository>(connection)),
      m_improvements(std::make_unique<SqlImprovementRepository>(connection)),
      m_facts(std::make_unique<SqlQualityFactsRepository>(connection)),
      m_assays(std::make_unique<SqlAssayRepository>(connection))
{}

SqlQualityRepositories::~SqlQualityRepositories() = default;

KnowledgeRepository& SqlQualityRepositories::knowledge()
{
    return *m_knowledge;
}
SurveyRepository& SqlQualityRepositories::surveys()
{
    return *m_surveys;
}
ImprovementRepository& SqlQualityRepositories::improvements()
{
    return *m_improvements;
}
QualityFactsRepository& SqlQualityRepositories::facts()
{
    return *m_facts;
}
AssayRepository& SqlQualityRepositories::assays()
{
    return *m_assays;
}

} // namespace ingot
