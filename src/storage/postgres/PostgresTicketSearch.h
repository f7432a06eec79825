#pragma once

#include "storage/sql/TicketSearch.h"

namespace ingot {

// The queue's text filter on PostgreSQL: a whole ticket number is an exact look-up; other text is a
// substring match (ILIKE, ASCII case ignored as on SQLite) of the ticket number, title, description
// and customer name, read row by row. No index serves it yet (a pg_trgm GIN index would;
// docs/postgresql.md), so nothing is counted from an index and the sort's index is never walked.
class PostgresTicketSearch final : public TicketSearch {
public:
    Condition condition(const QString& text) const override;
    Result<qint64> countMatches(const Condition& condition) override;
    Result<bool> walkSortIndex(const Condition& condition, qint64 rowsNeeded) override;
};

}  // namespace ingot
