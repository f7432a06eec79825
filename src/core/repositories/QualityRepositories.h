#pragma once

#include "core/common/Result.h"
#include "core/quality/GradeLimits.h"
#include "core/quality/ImprovementAction.h"
#include "core/quality/KnowledgeArticle.h"
#include "core/quality/RecurrenceDetector.h"
#include "core/quality/SurveyRule.h"
#include "core/tickets/TicketTypes.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

namespace ingot {

// Storage of the quality loop, seen from the domain. Methods that write expect Store::write().

class KnowledgeRepository {
public:
    virtual ~KnowledgeRepository() = default;
    virtual Status upsert(KnowledgeArticle& article) = 0; // by code and language; sets id
    virtual Result<KnowledgeArticle> find(const QString& code, const QString& language) = 0;
    // Every article, retired ones too (the editor lists them); empty language: every language.
    virtual Result<QList<KnowledgeArticle>> all(const QString& language) = 0;
    // Articles in use containing any of `terms` (full-text index for terms of three characters or
    // more, substring match for shorter ones), in any order; `language` empty: every language.
    // Retired articles are never candidates.
    virtual Result<QList<KnowledgeArticle>> candidates(const QStringList& terms, const QString& language,
                                                       int limit) = 0;
    virtual Status remove(const QString& code, const QString& language) = 0;
    // Retires the article as of `at` by `actor`, or (nullopt) puts it back in use; NotFound without it.
    virtual Status setRetired(const QString& code, const QString& language, std::optional<qint64> at,
                              const QString& actor) = 0;
    // Records that `code` answered the ticket; recording it twice is no change.
    virtual Status recordSolved(const QString& ticketNo, const QString& code, qint64 at, const QString& actor) = 0;
    virtual Result<QStringList> solvedBy(const QString& ticketNo) = 0; // article codes
};

struct SurveyRecord {
    QString ticketNo;
    QString customerCode;
    QString customerName;
    QString stage; // the ticket's stage key
    std::optional<qint64> resolvedAt;
    std::optional<qint64> sentAt;
    QString channel;
    std::optional<int> score;
    QString comment;
    std::optional<qint64> answeredAt;
};

class SurveyRepository {
public:
    virtual ~SurveyRepository() = default;
    virtual Status markSent(const QString& ticketNo, qint64 at, const QString& channel) = 0;
    // Stores the answer; returns the survey's id.
    virtual Result<qint64> saveAnswer(const QString& ticketNo, int score, const QString& comment, qint64 at,
                                      const QString& actor) = 0;
    virtual Result<SurveyRecord> find(const QString& ticketNo) = 0;
    // Resolved, fed-back or closed tickets without a score, the longest waiting first.
    virtual Result<QList<SurveyRecord>> unanswered(int limit) = 0;
    virtual Result<qint64> unansweredCount() = 0;
    // Refused (no change) when the survey already has a follow-up.
    virtual Status insertFollowUp(qint64 surveyId, SurveyFollowUp& followUp) = 0;
    virtual Status updateFollowUp(const SurveyFollowUp& followUp) = 0;
    virtual Result<SurveyFollowUp> followUp(qint64 id) = 0;
    virtual Result<QList<SurveyFollowUp>> followUps(bool openOnly) = 0;
    virtual Result<QList<SurveyFollowUp>> followUpsFor(const QString& ticketNo) = 0;
};

class ImprovementRepository {
public:
    virtual ~ImprovementRepository() = default;
    virtual Result<QString> allocateNumber(int year) = 0; // IA2026-0001
    virtual Status insert(ImprovementAction& action) = 0; // sets id and version 1; links its tickets
    // Stores the fields and status, refusing a stale version; bumps the version.
    virtual Status update(ImprovementAction& action, int expectedVersion) = 0;
    // Links tickets (by number) not yet linked; unknown numbers are bad input.
    virtual Status link(qint64 actionId, const QStringList& ticketNos, qint64 at) = 0;
    virtual Status appendEvent(qint64 actionId, qint64 at, const QString& actor, const QString& what,
                               const QString& fromStatus, const QString& toStatus, const QString& note) = 0;
    virtual Result<ImprovementAction> find(const QString& number) = 0;
    virtual Result<QList<ImprovementAction>> list(bool includeClosed) = 0;
    // Signatures of actions not yet closed -> action number.
    virtual Result<QHash<QString, QString>> activeSignatures() = 0;
    // Signatures of closed actions -> when the last of them closed.
    virtual Result<QHash<QString, qint64>> closedSignatures() = 0;
    virtual Result<QStringList> actionsForTicket(const QString& ticketNo) = 0;
    struct HistoryEntry {
        qint64 at = 0;
        QString actor, what, fromStatus, toStatus, note;
    };
    virtual Result<QList<HistoryEntry>> history(qint64 actionId) = 0;
};

// Tickets and deliveries seen by batch, region and month: what recurrence detection, batch
// traceability and the keyword count read.
class QualityFactsRepository {
public:
    virtual ~QualityFactsRepository() = default;
    // Tickets reported in [from, to], cancelled ones left out.
    virtual Result<QList<TicketFact>> ticketFacts(qint64 from, qint64 to) = 0;

    struct Delivery {
        QString orderNo;
        QString customerCode;
        QString customerName;
        QString region; // Chinese key
        QString grade;
        double quantityT = 0;
        std::optional<qint64> deliveredAt;
    };
    virtual Result<QList<Delivery>> deliveries(const QString& batchNo) = 0;

    struct BatchTicket {
        QString number;
        QString customerCode;
        QString customerName;
        Category category = Category::Other;
        QString stage; // key
        QString title;
        qint64 reportedAt = 0;
    };
    virtual Result<QList<BatchTicket>> ticketsForBatch(const QString& batchNo) = 0;
    // "title\ndescription" of every ticket reported in [from, to], cancelled ones left out.
    virtual Result<QStringList> complaintTexts(qint64 from, qint64 to) = 0;
    virtual Result<QSet<QString>> stopWords() = 0;
    virtual Status addStopWord(const QString& word) = 0;
};

struct Assay {
    qint64 id = 0;
    QString ticketNo; // may be empty
    QString batchNo;
    QString grade;
    qint64 measuredAt = 0;
    QString lab;
    QString recordedBy;
    bool pass = true;
    QStringList failed;
    QMap<QString, double> values; // element -> percent
};

class AssayRepository {
public:
    virtual ~AssayRepository() = default;
    virtual Result<QList<GradeLimits>> grades() = 0;
    virtual Result<GradeLimits> grade(const QString& grade) = 0;
    // Sets one limit of a grade ("Pb" minimum, "total", or an impurity maximum).
    virtual Status setLimit(const QString& grade, const QString& element, double percent, const QString& source) = 0;
    virtual Status insert(Assay& assay) = 0;
    virtual Result<QList<Assay>> forBatch(const QString& batchNo) = 0;
};

class QualityRepositories {
public:
    virtual ~QualityRepositories() = default;
    virtual KnowledgeRepository& knowledge() = 0;
    virtual SurveyRepository& surveys() = 0;
    virtual ImprovementRepository& improvements() = 0;
    virtual QualityFactsRepository& facts() = 0;
    virtual AssayRepository& assays() = 0;
};

} // namespace ingot
