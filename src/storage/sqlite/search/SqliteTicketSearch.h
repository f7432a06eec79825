#pragma once

#include "storage/sql/TicketSearch.h"
#include "storage/sqlite/search/SqliteSearch.h"

namespace ingot {

class SqliteConnection;

// The ticket repository's text search on SQLite: SqliteSearch's FTS5 indexes behind TicketSearch.
class SqliteTicketSearch final : public TicketSearch {
public:
    explicit SqliteTicketSearch(SqliteConnection& connection) : m_search(connection) {}

    Condition condition(const QString& text) const override;
    Result<qint64> countMatches(const Condition& condition) override;
    Result<bool> walkSortIndex(const Condition& condition, qint64 rowsNeeded) override;
    Status beginBulkInsert() override { return m_search.beginBulkInsert(); }
    Status bulkInserted(qint64 id, const QString& title, const QString& description,
                        const QString& customerCode) override
    {
        return m_search.bulkInserted(id, title, description, customerCode);
    }
    Status endBulkInsert() override { return m_search.endBulkInsert(); }

private:
    static SqliteSearch::Condition native(const Condition& condition);

    SqliteSearch m_search;
};

}  // namespace ingot
