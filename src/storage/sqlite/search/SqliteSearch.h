#pragma once

#include "core/common/Result.h"
#include "storage/sqlite/bulk/SqliteNativeStatement.h"

#include <QHash>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace ingot {

class SqliteConnection;

// The queue's text filter over the search indexes of migration 0004. A trigram index answers any
// text of three characters or more; shorter text (two-character Chinese words such as 氧化, 包装)
// goes to the bigram index, whose tokens are the overlapping two-character windows of each text.
// A full ticket number is an exact look-up. Only 1-2 characters with punctuation in them fall back to
// a scan.
class SqliteSearch final {
public:
    enum class Index { TicketNumber, Trigram, Bigram, Scan };

    struct Condition {
        Index index = Index::Scan;
        QString sql;      // a condition on tickets aliased `t`, for the planner to start from the matches
        QString walkSql;  // the same, tested row by row while another index gives the order
        QVariantList values;
        QString table;    // the FTS5 table for Trigram and Bigram, else empty
        QString match;    // its MATCH expression
    };

    explicit SqliteSearch(SqliteConnection& connection) : m_c(connection) {}

    static Condition condition(const QString& text);

    // How many tickets match an indexed condition, read from the index alone.
    Result<qint64> countMatches(const Condition& condition);

    // Whether a page of `rowsNeeded` rows (offset + limit) should walk the sort order's index and test
    // each ticket against the matches (many matches: the page fills after a few rows), rather than
    // read every match and sort them (few matches: walking would cross most of the table).
    // A negative `rowsNeeded` asks the same for a count, which needs every match.
    Result<bool> walkSortIndex(const Condition& condition, qint64 rowsNeeded);

    // Around many inserts in one write transaction (seeding, a tickets import): the inserted tickets
    // are indexed a slice of thousands at a time, the last slice by endBulkInsert(), which must run
    // before the transaction commits.
    Status beginBulkInsert();
    // A ticket inserted during the bulk load: its bigrams are computed here (SqliteBigrams) and
    // written to the index with the others at the end; a no-op outside a bulk load.
    Status bulkInserted(qint64 id, const QString& title, const QString& description, const QString& customerCode);
    Status endBulkInsert();

private:
    bool inBulk() const;
    Status indexBulkSlice(std::optional<qint64> upTo);
    Result<QString> customerName(const QString& code);

    SqliteConnection& m_c;
    // The bulk load in progress, valid in the transaction it began in only (see inBulk()).
    std::optional<quint64> m_bulkTransaction;
    std::unique_ptr<SqliteNativeStatement> m_bulkGrams;
    QHash<QString, QString> m_customerNames;
    int m_bulkPending = 0;  // tickets of the load not indexed yet
    // The planning choice needs only the order of magnitude: the last count is kept for it.
    QString m_lastMatch;
    qint64 m_lastCount = 0;
};

}  // namespace ingot
