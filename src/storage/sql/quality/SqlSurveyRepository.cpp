#include "storage/sql/quality/SqlSurveyRepository.h"

#include "storage/sql/SqlRows.h"
#include "storage/sql/quality/QualitySql.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Tickets whose survey is due: resolved, fed back or closed, and not cancelled.
const QString kSurveyable = QStringLiteral("t.stage IN ('resolved', 'feedback', 'surveyed', 'closed')");

const QString kRecord = QStringLiteral(
    "SELECT t.ticket_no, c.code, c.name, t.stage, t.last_resolved_at, s.sent_at, s.channel, "
    "coalesce(s.score, t.survey_score), s.comment, s.answered_at "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id LEFT JOIN surveys s ON s.ticket_id = t.id ");

SurveyRecord recordFrom(const QSqlQuery& q)
{
    SurveyRecord r;
    r.ticketNo = q.value(0).toString();
    r.customerCode = q.value(1).toString();
    r.customerName = q.value(2).toString();
    r.stage = q.value(3).toString();
    r.resolvedAt = optionalInt(q.value(4));
    r.sentAt = optionalInt(q.value(5));
    r.channel = q.value(6).toString();
    if (!q.value(7).isNull())
        r.score = q.value(7).toInt();
    r.comment = q.value(8).toString();
    r.answeredAt = optionalInt(q.value(9));
    return r;
}

const QString kFollowUp = QStringLiteral(
    "SELECT f.id, t.ticket_no, f.score, f.comment, f.owner, f.created_at, f.progress_due_at, f.close_due_at, "
    "f.status, f.progress_at, f.closed_at, f.note FROM survey_followups f JOIN tickets t ON t.id = f.ticket_id ");

SurveyFollowUp followUpFrom(const QSqlQuery& q)
{
    SurveyFollowUp f;
    f.id = q.value(0).toLongLong();
    f.ticketNo = q.value(1).toString();
    f.score = q.value(2).toInt();
    f.comment = q.value(3).toString();
    f.owner = q.value(4).toString();
    f.createdAt = q.value(5).toLongLong();
    f.progressDueAt = q.value(6).toLongLong();
    f.closeDueAt = q.value(7).toLongLong();
    f.status = parseFollowUpStatus(q.value(8).toString()).value_or(FollowUpStatus::Open);
    f.progressAt = optionalInt(q.value(9));
    f.closedAt = optionalInt(q.value(10));
    f.note = q.value(11).toString();
    return f;
}
} // namespace

Status SqlSurveyRepository::markSent(const QString& ticketNo, qint64 at, const QString& channel)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("INSERT INTO surveys (ticket_id, sent_at, channel) "
                                             "SELECT id, ?, ? FROM tickets WHERE ticket_no = ? "
                                             "ON CONFLICT(ticket_id) DO UPDATE SET sent_at = excluded.sent_at, "
                                             "channel = excluded.channel"),
                              {at, text(channel), ticketNo}, Text::tr("recording a sent survey"));
    if (!q)
        return q.error();
    const int n = (*q)->numRowsAffected();
    (*q)->finish();
    if (n == 0)
        return Error::badInput(Text::tr("no ticket with number '%1'").arg(ticketNo));
    return success();
}

Result<qint64> SqlSurveyRepository::saveAnswer(const QString& ticketNo, int score, const QString& comment, qint64 at,
                                                  const QString& actor)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("INSERT INTO surveys (ticket_id, score, comment, answered_at, recorded_by) "
                       "SELECT id, ?, ?, ?, ? FROM tickets WHERE ticket_no = ? "
                       "ON CONFLICT(ticket_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, "
                       "answered_at = excluded.answered_at, recorded_by = excluded.recorded_by RETURNING id"),
        {score, text(comment), at, text(actor), ticketNo}, Text::tr("recording a survey answer"));
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::badInput(Text::tr("no ticket with number '%1'").arg(ticketNo));
    }
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<SurveyRecord> SqlSurveyRepository::find(const QString& ticketNo)
{
    auto q =
        quality_sql::run(m_c, kRecord + QStringLiteral("WHERE t.ticket_no = ?"), {ticketNo}, Text::tr("reading a survey"));
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::notFound(Text::tr("no ticket with number '%1'").arg(ticketNo));
    }
    SurveyRecord r = recordFrom(**q);
    (*q)->finish();
    return r;
}

Result<QList<SurveyRecord>> SqlSurveyRepository::unanswered(int limit)
{
    auto q = quality_sql::run(m_c,
                              kRecord + QStringLiteral("WHERE ") + kSurveyable +
                                  QStringLiteral(" AND t.survey_score IS NULL AND s.score IS NULL "
                                                 "ORDER BY coalesce(s.sent_at, t.last_resolved_at, t.last_event_at), "
                                                 "t.ticket_no LIMIT ?"),
                              {limit}, Text::tr("reading unanswered surveys"));
    if (!q)
        return q.error();
    QList<SurveyRecord> out;
    while ((*q)->next())
        out << recordFrom(**q);
    (*q)->finish();
    return out;
}

Result<qint64> SqlSurveyRepository::unansweredCount()
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT count(*) FROM tickets t LEFT JOIN surveys s ON s.ticket_id = t.id "
                                             "WHERE ") +
                                  kSurveyable + QStringLiteral(" AND t.survey_score IS NULL AND s.score IS NULL"),
                              {}, Text::tr("counting unanswered surveys"));
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

Status SqlSurveyRepository::insertFollowUp(qint64 surveyId, SurveyFollowUp& f)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("INSERT INTO survey_followups (survey_id, ticket_id, score, comment, owner, created_at, "
                       "progress_due_at, close_due_at, status) "
                       "SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM tickets WHERE ticket_no = ? "
                       "ON CONFLICT(survey_id) DO NOTHING RETURNING id"),
        {surveyId, f.score, text(f.comment), text(f.owner), f.createdAt, f.progressDueAt, f.closeDueAt,
         followUpStatusKey(f.status), f.ticketNo},
        Text::tr("creating a survey follow-up"));
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::refused(Text::tr("the survey of %1 already has a follow-up").arg(f.ticketNo));
    }
    f.id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return success();
}

Status SqlSurveyRepository::updateFollowUp(const SurveyFollowUp& f)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("UPDATE survey_followups SET owner = ?, status = ?, progress_at = ?, "
                       "closed_at = ?, note = ? WHERE id = ?"),
        {text(f.owner), followUpStatusKey(f.status), nullable(f.progressAt), nullable(f.closedAt), text(f.note), f.id},
        Text::tr("updating a survey follow-up"));
    if (!q)
        return q.error();
    const int n = (*q)->numRowsAffected();
    (*q)->finish();
    if (n == 0)
        return Error::notFound(Text::tr("no follow-up with id %1").arg(f.id));
    return success();
}

Result<QList<SurveyFollowUp>> SqlSurveyRepository::readFollowUps(const QString& where, const QVariantList& values)
{
    auto q = quality_sql::run(m_c, kFollowUp + where, values, Text::tr("reading survey follow-ups"));
    if (!q)
        return q.error();
    QList<SurveyFollowUp> out;
    while ((*q)->next())
        out << followUpFrom(**q);
    (*q)->finish();
    return out;
}

Result<SurveyFollowUp> SqlSurveyRepository::followUp(qint64 id)
{
    auto rows = readFollowUps(QStringLiteral("WHERE f.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(Text::tr("no follow-up with id %1").arg(id));
    return rows->first();
}

Result<QList<SurveyFollowUp>> SqlSurveyRepository::followUps(bool openOnly)
{
    return readFollowUps(openOnly ? QStringLiteral("WHERE f.status <> 'closed' ORDER BY f.close_due_at, f.id")
                                  : QStringLiteral("ORDER BY f.created_at DESC, f.id DESC"),
                         {});
}

Result<QList<SurveyFollowUp>> SqlSurveyRepository::followUpsFor(const QString& ticketNo)
{
    return readFollowUps(QStringLiteral("WHERE t.ticket_no = ? ORDER BY f.id"), {ticketNo});
}

} // namespace ingot
