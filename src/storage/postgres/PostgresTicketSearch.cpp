#include "storage/postgres/PostgresTicketSearch.h"

#include "storage/postgres/PostgresDialect.h"
#include "storage/sql/SqlConnection.h"

#include <QCoreApplication>
#include <cmath>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The tickets a term can be in: those whose text holds all of its bigrams, and those of the
// customers whose name matches (20,000 names at most, read whole; their tickets by tickets_customer).
// Values: the term, then the pattern. An array of ids, read once, so that tickets are reached by
// their primary key: as a join the planner prices ILIKE on every ticket at a few operators and
// prefers scanning them all below about 100,000 tickets.
const QString kCandidateIds = QStringLiteral(
    "SELECT s.ticket_id FROM ticket_search_text s WHERE search_bigrams(s.body) @> search_term_bigrams(?) "
    "UNION ALL SELECT o.id FROM tickets o WHERE o.customer_id IN "
    "(SELECT id FROM customers WHERE name ILIKE ? ESCAPE '\\')");
const QString kCandidates = QStringLiteral("t.id = ANY (ARRAY(%1))").arg(kCandidateIds);
// The same two values when the sort's index is walked instead: bound, read once, always true.
const QString kNoCandidates = QStringLiteral("(coalesce(?::text, ?::text) IS NOT NULL)");

// Measured on 200,000 tickets (docs/performance.md, PostgreSQL search): a page read from 1,571
// candidates took 15 ms, about 10 µs a candidate (its index entry, its ticket by id, ILIKE); walking
// the sort's index cost about 2.2 µs a ticket (a page of a term in 5% of the tickets 3.8 ms, of one
// in 15% 2.3 ms).
constexpr qint64 kCandidateOverStep = 4;
}  // namespace

TicketSearch::Condition PostgresTicketSearch::condition(const QString& rawText) const
{
    // A NUL (pasted, never typed) means nothing, as on SQLite; PostgreSQL text cannot hold one.
    const QString text = QString(rawText).remove(QChar(u'\0')).trimmed();
    if (auto number = ticketNumber(text))
        return *number;
    const PostgresDialect& d = PostgresDialect::instance();
    const QString scan = QStringLiteral("(%1 OR %2 OR %3 OR t.customer_id IN (SELECT id FROM customers WHERE %4))")
                             .arg(d.likeIgnoringCase(QStringLiteral("t.ticket_no")),
                                  d.likeIgnoringCase(QStringLiteral("t.title")),
                                  d.likeIgnoringCase(QStringLiteral("t.description")),
                                  d.likeIgnoringCase(QStringLiteral("name")));
    const QString pattern = SqlDialect::containsPattern(text);
    Condition c;
    if (text.toUcs4().size() < 2) {  // no bigram: every ticket is a candidate
        c.sql = c.walkSql = scan;
        c.values << pattern << pattern << pattern << pattern;
        return c;
    }
    c.sql = kCandidates + QStringLiteral(" AND ") + scan;
    c.walkSql = kNoCandidates + QStringLiteral(" AND ") + scan;
    c.values << text << pattern << pattern << pattern << pattern << pattern;
    // The term, for walkSortIndex(); `table` stays empty: candidates are not a count of matches.
    c.match = text;
    return c;
}

Result<qint64> PostgresTicketSearch::countMatches(const Condition& condition)
{
    Q_UNUSED(condition);
    return Error::internal(QStringLiteral("countMatches needs an indexed condition"));
}

Result<qint64> PostgresTicketSearch::candidates(const QString& term, qint64 enough)
{
    if (term == m_lastTerm && (m_lastCandidates < m_lastEnough || m_lastEnough >= enough))
        return m_lastCandidates;
    // Counted up to `enough`: past that the answer (walk) is known, and a common bigram's tickets
    // are not all read.
    auto q = m_c.prepared(QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?) c").arg(kCandidateIds));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(term);
    s.addBindValue(SqlDialect::containsPattern(term));
    s.addBindValue(enough);
    if (auto st = execPrepared(m_c, s, Text::tr("searching tickets")); !st)
        return st.error();
    const qint64 n = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    m_lastTerm = term;
    m_lastCandidates = n;
    m_lastEnough = enough;
    return n;
}

Result<bool> PostgresTicketSearch::walkSortIndex(const Condition& condition, qint64 rowsNeeded)
{
    // A count reads every match anyway: from the candidates, or the planner's choice.
    if (condition.match.isEmpty() || rowsNeeded < 0)
        return false;
    auto q = m_c.prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM tickets"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("searching tickets")); !st)
        return st.error();
    const qint64 total = s.next() ? s.value(0).toLongLong() : 0;  // one step down the primary key
    s.finish();
    // Walking costs about rowsNeeded * total / matches steps, reading the candidates
    // kCandidateOverStep per candidate: walk once candidates^2 * k > rowsNeeded * total.
    const auto enough = static_cast<qint64>(
        std::ceil(std::sqrt(static_cast<double>(std::max<qint64>(rowsNeeded, 1)) * static_cast<double>(total) /
                            static_cast<double>(kCandidateOverStep))));
    auto n = candidates(condition.match, enough + 1);
    if (!n)
        return n.error();
    return *n > enough;
}

bool PostgresTicketSearch::inBulk() const
{
    return m_c.inTransactionOf(m_bulkTransaction);
}

Status PostgresTicketSearch::beginBulkInsert()
{
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("beginBulkInsert outside a write transaction"));
    // The insert trigger leaves the tickets after `since` to endBulkInsert (migration 0014). Local to
    // the transaction: a rollback takes it back with the tickets.
    if (auto st = m_c.exec(QStringLiteral("SELECT set_config('ingotdesk.search_since', "
                                          "(SELECT coalesce(max(id), 0) FROM tickets)::text, true)"));
        !st)
        return st;
    m_bulkTransaction = m_c.transactionSerial();
    return success();
}

Status PostgresTicketSearch::endBulkInsert()
{
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("endBulkInsert outside a write transaction"));
    if (!inBulk()) {  // begun in a transaction that rolled back: nothing of it is left to index
        m_bulkTransaction.reset();
        return success();
    }
    m_bulkTransaction.reset();
    for (const QString& sql :
         {QStringLiteral("INSERT INTO ticket_search_text (ticket_id, body) "
                         "SELECT id, ticket_search_body(ticket_no, title, description) FROM tickets "
                         "WHERE id > current_setting('ingotdesk.search_since')::bigint "
                         "ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body"),
          QStringLiteral("SELECT set_config('ingotdesk.search_since', '', true)")})
        if (auto st = m_c.exec(sql); !st)
            return st;
    m_lastTerm.clear();
    return success();
}

}  // namespace ingot
