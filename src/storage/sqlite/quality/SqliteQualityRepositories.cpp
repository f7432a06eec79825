#include "storage/sqlite/quality/SqliteQualityRepositories.h"

#include "storage/sqlite/quality/SqliteAssayRepository.h"
#include "storage/sqlite/quality/SqliteImprovementRepository.h"
#include "storage/sqlite/quality/SqliteKnowledgeRepository.h"
#include "storage/sqlite/quality/SqliteQualityFactsRepository.h"
#include "storage/sqlite/quality/SqliteSurveyRepository.h"

namespace ingot {

SqliteQualityRepositories::SqliteQualityRepositories(SqliteConnection& connection)
    : m_knowledge(std::make_unique<SqliteKnowledgeRepository>(connection)),
      m_surveys(std::make_unique<SqliteSurveyRepository>(connection)),
      m_improvements(std::make_unique<SqliteImprovementRepository>(connection)),
      m_facts(std::make_unique<SqliteQualityFactsRepository>(connection)),
      m_assays(std::make_unique<SqliteAssayRepository>(connection))
{}

SqliteQualityRepositories::~SqliteQualityRepositories() = default;

KnowledgeRepository& SqliteQualityRepositories::knowledge()
{
    return *m_knowledge;
}
SurveyRepository& SqliteQualityRepositories::surveys()
{
    return *m_surveys;
}
ImprovementRepository& SqliteQualityRepositories::improvements()
{
    return *m_improvements;
}
QualityFactsRepository& SqliteQualityRepositories::facts()
{
    return *m_facts;
}
AssayRepository& SqliteQualityRepositories::assays()
{
    return *m_assays;
}

} // namespace ingot
