#include "storage/sqlite/search/SqliteTicketSearch.h"

namespace ingot {

TicketSearch::Condition SqliteTicketSearch::condition(const QString& text) const
{
    const SqliteSearch::Condition c = SqliteSearch::condition(text);
    return {c.sql, c.walkSql, c.values, c.table, c.match};
}

SqliteSearch::Condition SqliteTicketSearch::native(const Condition& c)
{
    SqliteSearch::Condition n;
    n.sql = c.sql;
    n.walkSql = c.walkSql;
    n.values = c.values;
    n.table = c.table;
    n.match = c.match;
    return n;
}

Result<qint64> SqliteTicketSearch::countMatches(const Condition& condition)
{
    return m_search.countMatches(native(condition));
}

Result<bool> SqliteTicketSearch::walkSortIndex(const Condition& condition, qint64 rowsNeeded)
{
    return m_search.walkSortIndex(native(condition), rowsNeeded);
}

}  // namespace ingot
