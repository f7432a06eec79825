#pragma once

#include "core/repositories/SlaBoardRepository.h"

namespace ingot {

class SqlConnection;

// The board's aggregates in four statements over the tickets' indexes: open tickets (tickets_stage),
// breaches of the month (sla_breaches_breached), the next due (tickets_due) and the tickets of the
// last nine weeks (tickets_board, schema 10). The clock lines travel as a VALUES table, so at risk
// and breached are decided inside the database without replaying a history. The same statements
// run on SQLite and PostgreSQL; what differs is the dialect's.
class SqlSlaBoardRepository final : public SlaBoardRepository {
public:
    explicit SqlSlaBoardRepository(SqlConnection& connection) : m_c(connection) {}

    Result<BoardFacts> read(const BoardQuery& query) override;
    Result<QStringList> teams() override;

private:
    Status readOpen(const BoardQuery& query, BoardFacts& facts);
    Status readBreaches(const BoardQuery& query, BoardFacts& facts);
    Status readNext(const BoardQuery& query, BoardFacts& facts);
    Status readDays(const BoardQuery& query, BoardFacts& facts);

    SqlConnection& m_c;
};

} // namespace ingot
