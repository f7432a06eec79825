#pragma once

#include "core/common/Clock.h"
#include "core/quality/SurveyRule.h"
#include "core/repositories/Repositories.h"

#include <QByteArray>
#include <optional>

namespace ingot {

// Satisfaction surveys of resolved tickets (满意度调查): sent, answered with a score 1-5 and a
// comment (by hand or from a CSV file `ticket_no,score,comment,at`), a low score opening exactly
// one follow-up for the supervisor; the surveys nobody answered yet stay in view.
class SurveyService final {
public:
    SurveyService(Store& store, const Clock& clock, SurveyRule rule = {});

    struct Recorded {
        QString ticketNo;
        int score = 0;
        std::optional<SurveyFollowUp> followUp; // created by this answer
    };
    // Records the score as the ticket's `survey` event and keeps the comment; one transaction.
    Result<Recorded> record(const QString& ticketNo, int score, const QString& comment, std::optional<qint64> at,
                            const QString& actor);
    Status markSent(const QString& ticketNo, const QString& channel);

    struct ImportReport {
        int rows = 0;
        int followUps = 0;
        QList<Error> problems; // "FILE:LINE: message"; nothing was stored when not empty
        bool committed = false;
    };
    ImportReport importFile(const QString& path, bool dryRun, const QString& actor);
    ImportReport importData(const QByteArray& data, const QString& fileName, bool dryRun, const QString& actor);

    Result<QList<SurveyRecord>> unanswered(int limit);
    Result<qint64> unansweredCount();
    Result<QList<SurveyFollowUp>> followUps(bool openOnly);
    // The supervisor told the customer what is being done / closed the loop.
    Result<SurveyFollowUp> reportProgress(qint64 followUpId, const QString& note, const QString& actor);
    Result<SurveyFollowUp> closeFollowUp(qint64 followUpId, const QString& note, const QString& actor);

    const SurveyRule& rule() const { return m_rule; }

private:
    Result<Recorded> recordInTransaction(const QString& ticketNo, int score, const QString& comment, qint64 at,
                                         const QString& actor);

    Store& m_store;
    const Clock& m_clock;
    SurveyRule m_rule;
};

} // namespace ingot
