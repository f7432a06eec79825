#pragma once

#include "core/repositories/QualityRepositories.h"

namespace ingot {

class SqlConnection;

class SqlSurveyRepository final : public SurveyRepository {
public:
    explicit SqlSurveyRepository(SqlConnection& connection) : m_c(connection) {}
    Status markSent(const QString& ticketNo, qint64 at, const QString& channel) override;
    Result<qint64> saveAnswer(const QString& ticketNo, int score, const QString& comment, qint64 at,
                              const QString& actor) override;
    Result<SurveyRecord> find(const QString& ticketNo) override;
    Result<QList<SurveyRecord>> unanswered(int limit) override;
    Result<qint64> unansweredCount() override;
    Status insertFollowUp(qint64 surveyId, SurveyFollowUp& followUp) override;
    Status updateFollowUp(const SurveyFollowUp& followUp) override;
    Result<SurveyFollowUp> followUp(qint64 id) override;
    Result<QList<SurveyFollowUp>> followUps(bool openOnly) override;
    Result<QList<SurveyFollowUp>> followUpsFor(const QString& ticketNo) override;

private:
    Result<QList<SurveyFollowUp>> readFollowUps(const QString& where, const QVariantList& values);

    SqlConnection& m_c;
};

} // namespace ingot
