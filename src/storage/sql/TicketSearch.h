#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QVariantList>
#include <optional>

namespace ingot {

// The queue's text filter, the part of the ticket repository that differs most between backends:
// FTS5 indexes on SQLite (SqliteTicketSearch), a substring match on PostgreSQL (PostgresTicketSearch).
class TicketSearch {
public:
    struct Condition {
        QString sql;      // a condition on tickets aliased `t`, for the planner to start from the matches
        QString walkSql;  // the same, tested row by row while the sort's index gives the order
        QVariantList values;
        // An index that counts its matches alone; empty when the condition has none.
        QString table;
        QString match;
        bool indexed() const { return !table.isEmpty(); }
    };

    virtual ~TicketSearch() = default;

    virtual Condition condition(const QString& text) const = 0;
    // How many tickets match an indexed condition, read from the index alone.
    virtual Result<qint64> countMatches(const Condition& condition) = 0;
    // Whether a page of `rowsNeeded` rows (negative: a count) should walk the sort order's index and
    // test each ticket against the matches rather than read every match and sort them.
    virtual Result<bool> walkSortIndex(const Condition& condition, qint64 rowsNeeded) = 0;

    // Around many inserts in one write transaction (seeding, a tickets import), for an index that is
    // cheaper to fill in one pass; bulkInserted() tells it of each ticket inserted in between.
    virtual Status beginBulkInsert() { return success(); }
    virtual Status bulkInserted(qint64 id, const QString& title, const QString& description,
                                const QString& customerCode)
    {
        Q_UNUSED(id);
        Q_UNUSED(title);
        Q_UNUSED(description);
        Q_UNUSED(customerCode);
        return success();
    }
    virtual Status endBulkInsert() { return success(); }

    // A whole ticket number (T2026-000123, any case) is an exact look-up on every backend.
    static std::optional<Condition> ticketNumber(const QString& text);
};

}  // namespace ingot
