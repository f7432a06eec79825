#include "app/quality/SurveyService.h"

#include "app/audit/AuditTrail.h"
#include "app/io/CsvReader.h"
#include "app/io/CsvTable.h"
#include "app/security/Authorizer.h"
#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Survey)
};

constexpr int kMaxComment = 2000;
constexpr int kMaxProblems = 200;
} // namespace

SurveyService::SurveyService(Store& store, const Clock& clock, SurveyRule rule)
    : m_store(store),
      m_clock(clock),
      m_rule(rule)
{}

Result<SurveyService::Recorded> SurveyService::recordInTransaction(const QString& ticketNo, int score,
                                                                   const QString& comment, qint64 at,
                                                                   const QString& actor)
{
    if (auto st = SurveyRule::validateScore(score); !st)
        return st.error();
    if (comment.size() > kMaxComment)
        return Error::badInput(Text::tr("the comment is longer than %1 characters").arg(kMaxComment),
                               QStringLiteral("comment"));
    // The score is an event of the ticket's history; the state machine decides whether the ticket
    // can be surveyed (resolved, fed back or closed, and not surveyed already).
    TicketService tickets(m_store, m_clock);
    TicketService::ActionInput in;
    in.number = ticketNo.trimmed();
    in.action = Action::Survey;
    in.value = QString::number(score);
    in.note = comment.trimmed();
    in.at = at;
    auto ticket = tickets.act(in, actor);
    if (!ticket)
        return ticket.error();
    auto surveyId = m_store.quality().surveys().saveAnswer(ticket->number, score, comment.trimmed(), at, actor);
    if (!surveyId)
        return surveyId.error();
    Recorded r{ticket->number, score, m_rule.followUpFor(ticket->number, score, comment.trimmed(), at)};
    if (r.followUp)
        if (auto st = m_store.quality().surveys().insertFollowUp(*surveyId, *r.followUp); !st)
            return st.error();
    return r;
}

Result<SurveyService::Recorded> SurveyService::record(const QString& ticketNo, int score, const QString& comment,
                                                      std::optional<qint64> at, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::SurveyRecord); !allowed)
        return allowed.error();
    const qint64 when = at.value_or(m_clock.now());
    if (when > m_clock.now() + 300)
        return Error::badInput(Text::tr("the answer time %1 is in the future").arg(Instant::format(when)),
                               QStringLiteral("at"));
    Recorded out;
    Status st = m_store.write([&]() -> Status {
        auto r = recordInTransaction(ticketNo, score, comment, when, actor);
        if (!r)
            return r.error();
        out = *r;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("survey"), ticketNo.trimmed(), QStringLiteral("record"),
                                              {{QStringLiteral("score"), score}});
            !audited)
            return audited;
        return success();
    });
    if (!st)
        return st.error();
    return out;
}

Status SurveyService::markSent(const QString& ticketNo, const QString& channel)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::SurveyRecord); !allowed)
        return allowed;
    return m_store.write(
        [&] { return m_store.quality().surveys().markSent(ticketNo.trimmed(), m_clock.now(), channel.trimmed()); });
}

SurveyService::ImportReport SurveyService::importFile(const QString& path, bool dryRun, const QString& actor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport r;
        r.problems << Error::badInput(Text::tr("cannot read the file: %1").arg(file.errorString()), path);
        return r;
    }
    return importData(file.readAll(), path, dryRun, actor);
}

SurveyService::ImportReport SurveyService::importData(const QByteArray& data, const QString& fileName, bool dryRun,
                                                      const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::ImportSurveys); !allowed) {
        ImportReport refused;
        refused.problems << allowed.error();
        return refused;
    }
    ImportReport report;
    auto records = CsvReader::parse(data, fileName);
    if (!records) {
        report.problems << records.error();
        return report;
    }
    auto table = CsvTable::from(std::move(*records), fileName, {QStringLiteral("ticket_no"), QStringLiteral("score")},
                                {QStringLiteral("comment"), QStringLiteral("at")});
    if (!table) {
        report.problems << table.error();
        return report;
    }
    report.rows = static_cast<int>(table->rows().size());
    const auto at = [&fileName](int line, Error e) {
        e.where = QStringLiteral("%1:%2").arg(fileName).arg(line);
        return e;
    };
    // All rows or none, like every import; a dry run is the real import rolled back.
    const Error rollback = Error::internal(QStringLiteral("dry run"));
    Status st = m_store.write([&]() -> Status {
        for (const CsvReader::Record& row : table->rows()) {
            if (report.problems.size() >= kMaxProblems)
                break;
            const QString ticketNo = table->cell(row, QStringLiteral("ticket_no"));
            bool ok = false;
            const int score = table->cell(row, QStringLiteral("score")).toInt(&ok);
            if (ticketNo.isEmpty()) {
                report.problems << at(row.line, Error::badInput(Text::tr("ticket_no is empty")));
                continue;
            }
            if (!ok) {
                report.problems << at(row.line, Error::badInput(Text::tr("score must be a whole number 1-5, not '%1'")
                                                                    .arg(table->cell(row, QStringLiteral("score")))));
                continue;
            }
            qint64 when = m_clock.now();
            if (const QString text = table->cell(row, QStringLiteral("at")); !text.isEmpty()) {
                auto parsed = Instant::parse(text);
                if (!parsed) {
                    report.problems << at(row.line, Error::badInput(Text::tr("at: %1").arg(parsed.error().message)));
                    continue;
                }
                when = *parsed;
            }
            auto r = recordInTransaction(ticketNo, score, table->cell(row, QStringLiteral("comment")), when, actor);
            if (!r) {
                report.problems << at(row.line, r.error());
                if (r.error().kind == Error::Kind::Internal)
                    break;
                continue;
            }
            if (r->followUp)
                ++report.followUps;
        }
        if (!report.problems.isEmpty())
            return report.problems.first();
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("survey"), QFileInfo(fileName).fileName(), QStringLiteral("import"),
                                              {{QStringLiteral("rows"), report.rows}, {QStringLiteral("follow_ups"), report.followUps}});
            !audited)
            return audited;
        return dryRun ? Status(rollback) : success();
    });
    report.committed = st.ok();
    if (!st && report.problems.isEmpty() && !dryRun)
        report.problems << st.error();
    return report;
}

Result<QList<SurveyRecord>> SurveyService::unanswered(int limit)
{
    return m_store.quality().surveys().unanswered(limit);
}

Result<qint64> SurveyService::unansweredCount()
{
    return m_store.quality().surveys().unansweredCount();
}

Result<QList<SurveyFollowUp>> SurveyService::followUps(bool openOnly)
{
    return m_store.quality().surveys().followUps(openOnly);
}

Result<SurveyFollowUp> SurveyService::reportProgress(qint64 id, const QString& note, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::FollowUpEdit); !allowed)
        return allowed.error();
    SurveyFollowUp out;
    Status st = m_store.write([&]() -> Status {
        auto f = m_store.quality().surveys().followUp(id);
        if (!f)
            return f.error().kind == Error::Kind::NotFound ? Error::badInput(f.error().message) : f.error();
        if (f->status != FollowUpStatus::Open)
            return Error::refused(Text::tr("follow-up %1 already has progress reported").arg(id));
        f->status = FollowUpStatus::Progress;
        f->progressAt = m_clock.now();
        f->owner = actor;
        f->note = note.trimmed();
        out = *f;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("follow_up"), QString::number(id), QStringLiteral("progress"),
                                              {{QStringLiteral("note"), f->note}});
            !audited)
            return audited;
        return m_store.quality().surveys().updateFollowUp(*f);
    });
    if (!st)
        return st.error();
    return out;
}

Result<SurveyFollowUp> SurveyService::closeFollowUp(qint64 id, const QString& note, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::FollowUpEdit); !allowed)
        return allowed.error();
    if (note.trimmed().isEmpty())
        return Error::badInput(Text::tr("say how the follow-up was closed"), QStringLiteral("note"));
    SurveyFollowUp out;
    Status st = m_store.write([&]() -> Status {
        auto f = m_store.quality().surveys().followUp(id);
        if (!f)
            return f.error().kind == Error::Kind::NotFound ? Error::badInput(f.error().message) : f.error();
        if (f->status == FollowUpStatus::Closed)
            return Error::refused(Text::tr("follow-up %1 is already closed").arg(id));
        const qint64 now = m_clock.now();
        if (!f->progressAt)
            f->progressAt = now;
        f->status = FollowUpStatus::Closed;
        f->closedAt = now;
        f->owner = actor;
        f->note = f->note.isEmpty() ? note.trimmed() : f->note + QLatin1Char('\n') + note.trimmed();
        out = *f;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("follow_up"), QString::number(id), QStringLiteral("close"),
                                              {{QStringLiteral("note"), note.trimmed()}});
            !audited)
            return audited;
        return m_store.quality().surveys().updateFollowUp(*f);
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace ingot
