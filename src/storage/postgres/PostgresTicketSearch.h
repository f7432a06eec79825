#pragma once

#include "storage/sql/TicketSearch.h"

#include <optional>

namespace ingot {

class SqlConnection;

// The queue's text filter on PostgreSQL: a whole ticket number is an exact look-up; other text is a
// substring match (ILIKE, ASCII case ignored as on SQLite) of the ticket number, title, description
// and customer name. A term of two or more characters first picks its candidates from an index:
// the tickets whose text holds every 2-character window of it (ticket_search_text and its GIN index,
// migration 0014) and the tickets of the customers whose name matches. ILIKE then decides on the
// candidates alone, so the answer is the scan's, row for row. One character keeps the scan.
// docs/postgresql.md, "Text search".
class PostgresTicketSearch final : public TicketSearch {
public:
    explicit PostgresTicketSearch(SqlConnection& connection) : m_c(connection) {}

    Condition condition(const QString& text) const override;
    // Candidates are not matches (a 4-character term's windows may sit apart), so nothing is
    // counted from the index alone: conditions are never `indexed()`.
    Result<qint64> countMatches(const Condition& condition) override;
    Result<bool> walkSortIndex(const Condition& condition, qint64 rowsNeeded) override;
    // A bulk load indexes its tickets in one statement at its end instead of one per insert.
    Status beginBulkInsert() override;
    Status endBulkInsert() override;

private:
    Result<qint64> candidates(const QString& term, qint64 enough);
    bool inBulk() const;

    SqlConnection& m_c;
    QString m_lastTerm;  // the term last counted, and its candidates: a page after a count reuses it
    qint64 m_lastCandidates = 0;
    qint64 m_lastEnough = 0;
    std::optional<quint64> m_bulkTransaction;
};

}  // namespace ingot
