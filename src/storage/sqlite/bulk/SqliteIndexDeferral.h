#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace ingot {

class SqliteConnection;

// Loading rows into an EMPTY table is cheaper without its secondary indexes: one sort per index at
// the end instead of a b-tree insert per row and index (a third of the seeding time at 1,000,000
// tickets). begin() drops the non-unique indexes of the given tables when they hold no rows, end()
// creates them again from the same SQL. Both must run in one write transaction, so a failure or a
// crash in between rolls the drop back with the rows: the file never lacks an index. Unique indexes
// stay, so constraints are checked row by row as always.
class SqliteIndexDeferral final {
public:
    explicit SqliteIndexDeferral(SqliteConnection& connection) : m_c(connection) {}

    Status begin(const QStringList& tables);
    Status end();
    bool active() const { return !m_dropped.isEmpty(); }

private:
    struct Index {
        QString name;
        QString sql;
    };
    Result<bool> empty(const QStringList& tables);

    SqliteConnection& m_c;
    QList<Index> m_dropped;
};

}  // namespace ingot
