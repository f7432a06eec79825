#include "storage/sqlite/bulk/SqliteTicketInserts.h"

#include "storage/sqlite/SqliteConnection.h"

#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Prepares `sql` on the native handle the first time it is needed.
Status ensurePrepared(std::unique_ptr<SqliteNativeStatement>& statement, SqliteConnection& c, const QString& sql)
{
    if (statement)
        return success();
    auto prepared = SqliteNativeStatement::prepare(c, sql);
    if (!prepared)
        return prepared.error();
    statement = std::move(prepared).value();
    return success();
}
}  // namespace

Result<qint64> SqliteTicketInserts::nextNumber(int year)
{
    if (auto st = ensurePrepared(m_nextNumber, m_c, nextNumberSql()); !st)
        return st.error();
    m_nextNumber->bind(1, qint64(year));
    auto n = m_nextNumber->runForInteger([] { return Text::tr("numbering a ticket"); });
    if (!n)
        return n.error();
    if (!*n)
        return Error::internal(Text::tr("the ticket counter returned nothing"));
    return **n;
}

Result<qint64> SqliteTicketInserts::insertTicket(const Ticket& t, const Clocks& clocks)
{
    if (auto st = ensurePrepared(m_insertTicket, m_c, insertTicketSql()); !st)
        return st.error();
    SqliteNativeStatement& s = *m_insertTicket;
    s.bind(1, t.number);
    s.bind(2, t.customerCode);
    s.bind(3, t.orderNo);
    s.bind(4, t.batchNo);
    s.bind(5, categoryKey(t.category));
    s.bind(6, priorityKey(t.priority));
    s.bind(7, channelKey(t.channel));
    s.bind(8, t.title);
    s.bind(9, t.description);
    s.bind(10, t.reporter);
    s.bind(11, t.state.reportedAt);
    s.bind(12, tierKey(t.tier));
    s.bind(13, regionKey(t.region));
    s.bind(14, stageKey(t.state.stage));
    s.bind(15, stageKey(t.state.resumeTo));
    s.bind(16, t.state.assignee);
    s.bind(17, t.state.lastEventAt);
    s.bind(18, t.state.firstResponseAt);
    s.bind(19, t.state.lastResolvedAt);
    s.bind(20, t.state.closedAt);
    s.bind(21, t.state.surveyScore ? std::optional<qint64>(*t.state.surveyScore) : std::nullopt);
    s.bind(22, qint64(t.state.reopenCount));
    s.bind(23, clocks.policyId);
    s.bind(24, clocks.policyId ? clocks.nextDueAt : std::nullopt);
    s.bind(25, clocks.policyId ? clocks.nextAtRiskAt : std::nullopt);
    s.bind(26, clocks.policyId ? std::optional<qint64>(1) : std::nullopt);  // evaluated at the version it gets
    return s.run([&t] { return Text::tr("saving ticket %1").arg(t.number); });
}

Status SqliteTicketInserts::insertEvents(const Ticket& t, QList<TicketEvent>& events)
{
    // Up to kEventsPerStatement events go in one multi-row INSERT: seeding writes about nine events a
    // ticket, and each statement has a fixed cost (start, reset) of about as much as one row. The rows
    // of one statement get consecutive ids, in order.
    constexpr qsizetype kEventsPerStatement = 16;
    for (qsizetype first = 0; first < events.size(); first += kEventsPerStatement) {
        const qsizetype n = std::min(kEventsPerStatement, events.size() - first);
        std::unique_ptr<SqliteNativeStatement>& prepared = m_insertEvents[static_cast<std::size_t>(n - 1)];
        if (auto st = ensurePrepared(prepared, m_c, insertEventsSql(n)); !st)
            return st;
        SqliteNativeStatement& s = *prepared;
        for (qsizetype k = 0; k < n; ++k) {
            const TicketEvent& e = events.at(first + k);
            const int base = static_cast<int>(k) * 8;
            s.bind(base + 1, t.id);
            s.bind(base + 2, e.at);
            s.bind(base + 3, e.actor);
            s.bind(base + 4, actionKey(e.action));
            s.bind(base + 5, stageKey(e.from));
            s.bind(base + 6, stageKey(e.to));
            s.bind(base + 7, e.value);
            s.bind(base + 8, e.note);
        }
        auto last = s.run([&t] { return Text::tr("recording the history of %1").arg(t.number); });
        if (!last)
            return last.error();
        for (qsizetype k = 0; k < n; ++k)
            events[first + k].id = *last - (n - 1) + k;
    }
    return success();
}

Status SqliteTicketInserts::beginBulk()
{
    return m_deferredIndexes.begin({QStringLiteral("tickets"), QStringLiteral("ticket_events")});
}

Status SqliteTicketInserts::endBulk()
{
    return m_deferredIndexes.end();
}

}  // namespace ingot
