#include "storage/sql/SqlTicketInserts.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Runs `q` and reads the one integer it returns (RETURNING); `none` is the error when it returns no row.
Result<qint64> returnedInteger(SqlConnection& c, QSqlQuery& q, const QString& doing, const QString& none)
{
    if (auto st = execPrepared(c, q, doing); !st)
        return st.error();
    if (!q.next()) {
        q.finish();
        return Error::internal(none);
    }
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}
}  // namespace

Result<qint64> SqlTicketInserts::nextNumber(int year)
{
    auto q = m_c.prepared(nextNumberSql());
    if (!q)
        return q.error();
    (*q)->addBindValue(year);
    return returnedInteger(m_c, **q, Text::tr("numbering a ticket"), Text::tr("the ticket counter returned nothing"));
}

Result<qint64> SqlTicketInserts::insertTicket(const Ticket& t, const Clocks& clocks)
{
    auto q = m_c.prepared(insertTicketSql() + QStringLiteral(" RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(t.number));
    s.addBindValue(text(t.customerCode));
    s.addBindValue(text(t.orderNo));
    s.addBindValue(text(t.batchNo));
    s.addBindValue(categoryKey(t.category));
    s.addBindValue(priorityKey(t.priority));
    s.addBindValue(channelKey(t.channel));
    s.addBindValue(text(t.title));
    s.addBindValue(text(t.description));
    s.addBindValue(text(t.reporter));
    s.addBindValue(t.state.reportedAt);
    s.addBindValue(tierKey(t.tier));
    s.addBindValue(regionKey(t.region));
    addStateValues(s, t.state);
    s.addBindValue(nullable(clocks.policyId));
    s.addBindValue(nullable(clocks.policyId ? clocks.nextDueAt : std::nullopt));
    s.addBindValue(nullable(clocks.policyId ? clocks.nextAtRiskAt : std::nullopt));
    // Evaluated at the version the ticket gets.
    s.addBindValue(nullable(clocks.policyId ? std::optional<qint64>(1) : std::nullopt));
    return returnedInteger(m_c, s, Text::tr("saving ticket %1").arg(t.number),
                           Text::tr("the new ticket %1 got no id").arg(t.number));
}

Status SqlTicketInserts::insertEvents(const Ticket& t, QList<TicketEvent>& events)
{
    // A ticket's entries go in statements of up to kEventsPerStatement rows: a round trip a row was
    // most of a seed or an import on PostgreSQL. At most that many statement shapes are prepared.
    constexpr qsizetype kEventsPerStatement = 32;
    const QString doing = Text::tr("recording the history of %1").arg(t.number);
    for (qsizetype first = 0; first < events.size(); first += kEventsPerStatement) {
        const qsizetype rows = std::min(kEventsPerStatement, events.size() - first);
        auto q = m_c.prepared(insertEventsSql(rows) + QStringLiteral(" RETURNING id"));
        if (!q)
            return q.error();
        QSqlQuery& s = **q;
        for (qsizetype k = first; k < first + rows; ++k) {
            const TicketEvent& e = events[k];
            s.addBindValue(t.id);
            s.addBindValue(e.at);
            s.addBindValue(text(e.actor));
            s.addBindValue(actionKey(e.action));
            s.addBindValue(stageKey(e.from));
            s.addBindValue(stageKey(e.to));
            s.addBindValue(text(e.value));
            s.addBindValue(text(e.note));
        }
        if (auto st = execPrepared(m_c, s, doing); !st)
            return st;
        // The ids come from the table's sequence, drawn row by row in the order of VALUES: sorted,
        // they are the entries' ids in order, whatever order RETURNING lists them in.
        QList<qint64> ids;
        ids.reserve(rows);
        while (s.next())
            ids << s.value(0).toLongLong();
        s.finish();
        if (ids.size() != rows)
            return Error::internal(Text::tr("the history entries of %1 got %2 ids for %3 rows")
                                       .arg(t.number)
                                       .arg(ids.size())
                                       .arg(rows));
        std::sort(ids.begin(), ids.end());
        for (qsizetype k = 0; k < rows; ++k)
            events[first + k].id = ids[k];
    }
    return success();
}

}  // namespace ingot
