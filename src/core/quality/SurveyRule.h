#pragma once

#include "core/common/Result.h"
#include "core/quality/QualityTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// A supervisor's follow-up of a low survey score (seed §三(三)3 对低分客户重点跟进, §四(二)3
// 24小时内反馈处理进展,7天内完成闭环).
struct SurveyFollowUp {
    qint64 id = 0;
    QString ticketNo;
    int score = 0;
    QString comment;
    QString owner; // "supervisor" until someone takes it
    qint64 createdAt = 0;
    qint64 progressDueAt = 0; // progress reported to the customer by then
    qint64 closeDueAt = 0;    // closed by then
    FollowUpStatus status = FollowUpStatus::Open;
    std::optional<qint64> progressAt;
    std::optional<qint64> closedAt;
    QString note;

    bool progressOverdue(qint64 now) const { return status == FollowUpStatus::Open && now > progressDueAt; }
    bool closeOverdue(qint64 now) const { return status != FollowUpStatus::Closed && now > closeDueAt; }
};

// When a survey answer needs a follow-up and by when. Wall-clock hours: the promise is made to
// the customer, not counted in a service calendar.
struct SurveyRule {
    int followUpAtOrBelow = 3; // scores 1-5; 3 and below are followed up
    qint64 progressWithinSeconds = 24LL * 3600;
    qint64 closeWithinSeconds = 7LL * 86400;

    static Status validateScore(int score);
    bool needsFollowUp(int score) const { return score <= followUpAtOrBelow; }
    // The follow-up a score answered at `answeredAt` creates, or nothing for a good score.
    std::optional<SurveyFollowUp> followUpFor(const QString& ticketNo, int score, const QString& comment,
                                              qint64 answeredAt) const;
};

} // namespace ingot
