#include "core/quality/SurveyRule.h"

#include <QCoreApplication>

namespace ingot {

Status SurveyRule::validateScore(int score)
{
    if (score < 1 || score > 5)
        return Error::badInput(QCoreApplication::translate("Survey", "a survey score is 1 to 5, not %1").arg(score),
                               QStringLiteral("score"));
    return success();
}

std::optional<SurveyFollowUp> SurveyRule::followUpFor(const QString& ticketNo, int score, const QString& comment,
                                                      qint64 answeredAt) const
{
    if (!needsFollowUp(score))
        return std::nullopt;
    SurveyFollowUp f;
    f.ticketNo = ticketNo;
    f.score = score;
    f.comment = comment;
    f.owner = QStringLiteral("supervisor");
    f.createdAt = answeredAt;
    f.progressDueAt = answeredAt + progressWithinSeconds;
    f.closeDueAt = answeredAt + closeWithinSeconds;
    return f;
}

} // namespace ingot
